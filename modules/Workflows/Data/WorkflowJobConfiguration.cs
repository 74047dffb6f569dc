using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Data;

internal sealed class WorkflowJobConfiguration : IEntityTypeConfiguration<WorkflowJob>
{
    public void Configure(EntityTypeBuilder<WorkflowJob> builder)
    {
        builder.ToTable("WorkflowJobs");
        builder.Property(j => j.TokenId).HasMaxLength(32);
        builder.Property(j => j.ElementId).HasMaxLength(WorkflowDefinition.MaxKeyLength).IsRequired();
        builder.Property(j => j.Kind).HasConversion<string>().HasMaxLength(16);
        // The claim: only the node that set the owner may finish (delete) the job.
        builder.Property(j => j.LockOwner).HasMaxLength(64).IsConcurrencyToken();
        builder.Property(j => j.LastError).HasMaxLength(2000);
        builder.HasIndex(j => new { j.DueTime, j.LockOwner });
        builder.HasIndex(j => new { j.InstanceId, j.TokenId });
    }
}
