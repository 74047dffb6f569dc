using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Data;

internal sealed class MessageSubscriptionConfiguration : IEntityTypeConfiguration<MessageSubscription>
{
    public void Configure(EntityTypeBuilder<MessageSubscription> builder)
    {
        builder.ToTable("WorkflowMessageSubscriptions");
        builder.Property(s => s.TokenId).HasMaxLength(32).IsRequired();
        builder.Property(s => s.ElementId).HasMaxLength(WorkflowDefinition.MaxKeyLength).IsRequired();
        builder.Property(s => s.MessageName).HasMaxLength(WorkflowDefinition.MaxNameLength).IsRequired();
        builder.Property(s => s.CorrelationKey).HasMaxLength(WorkflowInstance.MaxBusinessKeyLength);
        builder.HasIndex(s => new { s.MessageName, s.CorrelationKey });
        builder.HasIndex(s => new { s.InstanceId, s.TokenId });
    }
}
