using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Notifications.Domain;

namespace SafetyPortal.Notifications.Data;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.Kind).HasMaxLength(Notification.KindLength).IsRequired();
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleLength).IsRequired();
        builder.Property(n => n.Body).HasMaxLength(Notification.BodyLength);
        builder.Property(n => n.Url).HasMaxLength(Notification.UrlLength);
        // The bell's unread count (the town filter's TenantId, the user, ReadTime IS NULL) is answered from this index alone;
        // the list of the bell and the centre reads one user's notices newest first from the second.
        builder.HasIndex(n => new { n.TenantId, n.RecipientId, n.ReadTime });
        builder.HasIndex(n => new { n.TenantId, n.RecipientId, n.CreationTime });
        // The nightly purge walks every town's notices by age.
        builder.HasIndex(n => n.CreationTime);
    }
}
