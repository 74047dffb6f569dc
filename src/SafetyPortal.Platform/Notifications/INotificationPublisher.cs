namespace SafetyPortal.Platform.Notifications;

/// <summary>
/// Sends notices to users' notification centre (the bell in the top bar), and by text message when asked. Modules use
/// it for "a task was assigned to you", "your training is overdue", "read this article". Implemented by the
/// Notifications module.
/// </summary>
public interface INotificationPublisher
{
    /// <summary>
    /// Adds one notice per recipient to the current unit of work (the scoped PortalDbContext): it is stored when the
    /// caller saves, in the caller's transaction, so a rolled-back step notifies nobody. Text messages for
    /// <see cref="NotificationRequest.AlsoSms"/> are queued as a background job once that save has committed, and sent by it.
    /// Returns how many users will get the notice.
    /// </summary>
    Task<int> PublishAsync(NotificationRequest request, CancellationToken cancellationToken = default);
}
