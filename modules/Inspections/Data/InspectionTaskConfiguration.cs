using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Data;

internal sealed class InspectionTaskConfiguration : IEntityTypeConfiguration<InspectionTask>
{
    public void Configure(EntityTypeBuilder<InspectionTask> builder)
    {
        builder.ToTable("InspectionsTasks");
        builder.Property(t => t.Tier).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.SubmitterName).HasMaxLength(InspectionTask.MaxNameLength);
        builder.Property(t => t.Latitude).HasPrecision(9, 6);
        builder.Property(t => t.Longitude).HasPrecision(9, 6);
        builder.HasMany(t => t.Items).WithOne().HasForeignKey(i => i.TaskId).OnDelete(DeleteBehavior.Cascade);
        // One task per enterprise and cycle: an interrupted opening resumes where it stopped.
        builder.HasIndex(t => new { t.CycleId, t.EnterpriseId }).IsUnique();
        builder.HasIndex(t => new { t.AssigneeId, t.Status });
        builder.HasIndex(t => new { t.EnterpriseId, t.Tier, t.DueTime });
        // A town's task list: overdue or by status, and unfiltered in its own order (due time, enterprise; InnoDB ends every
        // index with the key, Id). Without them the town filter alone read the whole year (a full scan for overdue).
        builder.HasIndex(t => new { t.TenantId, t.Status, t.DueTime });
        builder.HasIndex(t => new { t.TenantId, t.DueTime, t.EnterpriseId });
        // A cycle's coverage (the cycle list counts its tasks by status, overdue and flagged) read from the index alone.
        builder.HasIndex(t => new { t.CycleId, t.TenantId, t.Status, t.DueTime, t.Flags });
    }
}
