using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Data;

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> builder)
    {
        builder.ToTable("WorkflowInstances");
        builder.Property(i => i.ProcessKey).HasMaxLength(WorkflowDefinition.MaxKeyLength).IsRequired();
        builder.Property(i => i.BusinessKey).HasMaxLength(WorkflowInstance.MaxBusinessKeyLength);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.ActiveElementIds).HasMaxLength(1024);
        builder.Property(i => i.StartedBy).HasMaxLength(256);
        builder.Property(i => i.ParentTokenId).HasMaxLength(32);
        builder.HasIndex(i => new { i.TenantId, i.ProcessKey, i.Status });
        builder.HasIndex(i => i.BusinessKey);
        builder.HasIndex(i => i.ParentInstanceId);
    }
}
