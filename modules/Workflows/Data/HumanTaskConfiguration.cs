using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Data;

internal sealed class HumanTaskConfiguration : IEntityTypeConfiguration<HumanTask>
{
    public void Configure(EntityTypeBuilder<HumanTask> builder)
    {
        builder.ToTable("WorkflowTasks");
        builder.Property(t => t.TokenId).HasMaxLength(32).IsRequired();
        builder.Property(t => t.ElementId).HasMaxLength(WorkflowDefinition.MaxKeyLength).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(WorkflowDefinition.MaxNameLength).IsRequired();
        builder.Property(t => t.ProcessKey).HasMaxLength(WorkflowDefinition.MaxKeyLength).IsRequired();
        builder.Property(t => t.BusinessKey).HasMaxLength(WorkflowInstance.MaxBusinessKeyLength);
        builder.Property(t => t.Assignee).HasMaxLength(256);
        builder.Property(t => t.Owner).HasMaxLength(256);
        builder.Property(t => t.CompletedBy).HasMaxLength(256);
        builder.Property(t => t.CandidateUsers).HasMaxLength(HumanTask.MaxListLength);
        builder.Property(t => t.CandidateGroups).HasMaxLength(HumanTask.MaxListLength);
        builder.Property(t => t.FormKey).HasMaxLength(256);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(t => new { t.TenantId, t.Status, t.Assignee });
        builder.HasIndex(t => new { t.InstanceId, t.TokenId });
    }
}
