using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Data;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("WorkflowIncidents");
        builder.Property(i => i.TokenId).HasMaxLength(32);
        builder.Property(i => i.ElementId).HasMaxLength(WorkflowDefinition.MaxKeyLength).IsRequired();
        builder.Property(i => i.Message).HasMaxLength(2000).IsRequired();
        builder.Property(i => i.ResolvedBy).HasMaxLength(256);
        builder.HasIndex(i => new { i.InstanceId, i.ResolvedTime });
    }
}
