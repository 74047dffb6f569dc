using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Data;

internal sealed class WorkflowDefinitionConfiguration : IEntityTypeConfiguration<WorkflowDefinition>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinition> builder)
    {
        builder.ToTable("WorkflowDefinitions");
        builder.Property(d => d.Key).HasMaxLength(WorkflowDefinition.MaxKeyLength).IsRequired();
        builder.Property(d => d.Name).HasMaxLength(WorkflowDefinition.MaxNameLength).IsRequired();
        builder.Property(d => d.ContentHash).HasMaxLength(64).IsRequired();
        builder.Property(d => d.PublishedBy).HasMaxLength(256);
        builder.Property(d => d.Source).HasMaxLength(32);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(d => new { d.TenantId, d.Key, d.Version });
    }
}
