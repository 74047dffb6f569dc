using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Data;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("WorkflowJournal");
        builder.Property(e => e.ElementId).HasMaxLength(WorkflowDefinition.MaxKeyLength);
        builder.Property(e => e.ElementName).HasMaxLength(WorkflowDefinition.MaxNameLength);
        builder.Property(e => e.Kind).HasMaxLength(32).IsRequired();
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Detail).HasMaxLength(2000);
        builder.HasIndex(e => new { e.InstanceId, e.Time, e.Sequence });
    }
}
