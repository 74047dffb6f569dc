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
        // A town's task list, overdue or by status: without it MariaDB scanned the whole table for overdue. Not (TenantId,
        // DueTime, EnterpriseId), the list's order: MariaDB then walks that index for every filtered first page (overdue,
        // one cycle) and reads the town's whole year when few rows match.
        builder.HasIndex(t => new { t.TenantId, t.Status, t.DueTime });
        // A cycle's coverage (the cycle list counts its tasks by status, overdue and flagged) read from the index alone.
        builder.HasIndex(t => new { t.CycleId, t.TenantId, t.Status, t.DueTime, t.Flags });
    }
}
