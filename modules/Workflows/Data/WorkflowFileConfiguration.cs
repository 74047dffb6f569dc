using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Data;

internal sealed class WorkflowFileConfiguration : IEntityTypeConfiguration<WorkflowFile>
{
    public void Configure(EntityTypeBuilder<WorkflowFile> builder)
    {
        builder.ToTable("WorkflowFiles");
        builder.Property(f => f.ElementId).HasMaxLength(WorkflowDefinition.MaxKeyLength).IsRequired();
        builder.Property(f => f.Container).HasMaxLength(64).IsRequired();
        builder.Property(f => f.Name).HasMaxLength(WorkflowFile.MaxNameLength).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(128).IsRequired();
        builder.Property(f => f.CreatedBy).HasMaxLength(256);
        builder.HasIndex(f => f.InstanceId);
    }
}
