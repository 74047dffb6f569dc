using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Workflows.Notifications;

namespace SafetyPortal.Workflows.Data;

internal sealed class WorkflowNotificationConfiguration : IEntityTypeConfiguration<WorkflowNotification>
{
    public void Configure(EntityTypeBuilder<WorkflowNotification> builder)
    {
        builder.ToTable("WorkflowNotifications");
        builder.Property(n => n.UserName).HasMaxLength(256).IsRequired();
        builder.Property(n => n.Kind).HasMaxLength(32).IsRequired();
        builder.Property(n => n.Title).HasMaxLength(256).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(2000);
        builder.HasIndex(n => new { n.TenantId, n.UserName, n.ReadTime });
    }
}
