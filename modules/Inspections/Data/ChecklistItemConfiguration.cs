using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Data;

internal sealed class ChecklistItemConfiguration : IEntityTypeConfiguration<ChecklistItem>
{
    public void Configure(EntityTypeBuilder<ChecklistItem> builder)
    {
        builder.ToTable("InspectionsChecklistItems");
        builder.Property(i => i.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Answer).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.RiskPoint).HasMaxLength(ChecklistItem.MaxRiskPointLength);
        builder.Property(i => i.Text).HasMaxLength(ChecklistItem.MaxTextLength).IsRequired();
        builder.Property(i => i.Note).HasMaxLength(ChecklistItem.MaxNoteLength);
        builder.HasIndex(i => new { i.TaskId, i.SortOrder });
    }
}
