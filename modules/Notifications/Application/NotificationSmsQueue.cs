using System.Globalization;
using Microsoft.Extensions.Logging;
using SafetyPortal.Notifications.Jobs;
using SafetyPortal.Platform.BackgroundJobs;

namespace SafetyPortal.Notifications.Application;

/// <summary>
/// Hands the text messages of a committed notice to the background (<see cref="SendNotificationSmsJob"/>). Runs after the
/// commit: a failure to queue is logged, not thrown, since the notices are already stored and the caller's work is done.
/// </summary>
internal sealed partial class NotificationSmsQueue(IBackgroundJobManager jobs, ILogger<NotificationSmsQueue> logger)
{
    public async Task QueueAsync(Guid? tenantId, IReadOnlyCollection<Guid> userIds, string title, CancellationToken cancellationToken)
    {
        try
        {
            await jobs.EnqueueAsync<SendNotificationSmsJob>(tenantId, new Dictionary<string, string>
            {
                [SendNotificationSmsJob.UsersKey] = string.Join(',', userIds.Select(id => id.ToString("D", CultureInfo.InvariantCulture))),
                [SendNotificationSmsJob.TitleKey] = title,
            }, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotQueued(logger, exception, userIds.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Text messages of a notice to {Count} users could not be queued.")]
    private static partial void LogNotQueued(ILogger logger, Exception exception, int count);
}
