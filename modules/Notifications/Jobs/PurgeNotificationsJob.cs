using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Notifications.Domain;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Notifications.Jobs;

/// <summary>
/// Every night, removes every town's notices past the bureau's keep settings: read ones after
/// <see cref="NotificationsSettings.KeepReadDays"/>, any after <see cref="NotificationsSettings.KeepDays"/>. Deletes in
/// batches by the creation-time index, so a large backlog never holds one long lock.
/// </summary>
public sealed class PurgeNotificationsJob(IServiceProvider services) : PortalJob(services)
{
    public const string ScheduleName = "Notifications.Purge";

    /// <summary>Every day at 03:40.</summary>
    public const string Schedule = "0 40 3 * * ?";

    public const int BatchSize = 5000;

    protected override async Task ExecuteInTenantAsync(PortalJobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var provider = context.Services;
        var settings = provider.GetRequiredService<ISettingProvider>();
        var now = provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var readCutoff = now.AddDays(-await DaysAsync(settings, NotificationsSettings.KeepReadDays, NotificationsSettings.DefaultKeepReadDays, cancellationToken));
        var anyCutoff = now.AddDays(-await DaysAsync(settings, NotificationsSettings.KeepDays, NotificationsSettings.DefaultKeepDays, cancellationToken));
        var oldest = readCutoff > anyCutoff ? readCutoff : anyCutoff;
        var db = provider.GetRequiredService<PortalDbContext>();
        while (true)
        {
            var ids = await db.Set<Notification>().IgnoreQueryFilters()
                .Where(n => n.CreationTime < oldest && (n.CreationTime < anyCutoff || (n.ReadTime != null && n.CreationTime < readCutoff)))
                .OrderBy(n => n.CreationTime).Select(n => n.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (ids.Count > 0)
            {
                await db.Set<Notification>().IgnoreQueryFilters().Where(n => ids.Contains(n.Id)).ExecuteDeleteAsync(cancellationToken);
            }
            if (ids.Count < BatchSize)
            {
                return;
            }
        }
    }

    private static Task<int> DaysAsync(ISettingProvider settings, string name, int fallback, CancellationToken cancellationToken) =>
        settings.GetWholeNumberAsync(name, fallback, cancellationToken: cancellationToken);
}
