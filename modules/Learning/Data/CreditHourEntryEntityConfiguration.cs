using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Data;

internal sealed class CreditHourEntryEntityConfiguration : IEntityTypeConfiguration<CreditHourEntry>
{
    public void Configure(EntityTypeBuilder<CreditHourEntry> builder)
    {
        builder.ToTable("LearningCreditHourEntries");
        builder.Property(e => e.Hours).HasPrecision(6, 2);
        builder.Property(e => e.Title).HasMaxLength(CreditHourEntry.MaxTitleLength).IsRequired();
        // Once per source: a second completion (two tabs, a retried request) cannot add the hours again.
        builder.HasIndex(e => new { e.UserId, e.Source, e.SourceId }).IsUnique();
        // A person's year; a town's or an enterprise's yearly totals.
        builder.HasIndex(e => new { e.UserId, e.Year });
        builder.HasIndex(e => new { e.TenantId, e.Year, e.UserId, e.Hours });
        builder.HasIndex(e => new { e.EnterpriseId, e.Year });
    }
}
