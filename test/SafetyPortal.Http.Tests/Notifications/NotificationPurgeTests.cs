using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Notifications.Domain;
using SafetyPortal.Notifications.Jobs;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Notifications;
using static SafetyPortal.Http.Tests.Notifications.NotificationsApi;

namespace SafetyPortal.Http.Tests.Notifications;

/// <summary>The nightly purge keeps the centre short: old read notices go after 90 days, any notice after a year.</summary>
public abstract class NotificationPurgeTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    [Fact]
    public async Task The_nightly_purge_removes_old_read_notices_and_year_old_ones_and_keeps_the_rest()
    {
        var (recipient, recipientId, _) = await factory.NewUserAsync();
        using var _ = recipient;
        var kind = NewKind();
        var ages = new Dictionary<string, (int Days, bool Read)>
        {
            ["已读 100 天"] = (100, true), ["未读 100 天"] = (100, false), ["已读 10 天"] = (10, true), ["未读 400 天"] = (400, false),
        };
        foreach (var title in ages.Keys)
        {
            await factory.PublishAsync("chengxiang", new NotificationRequest(kind, [recipientId], title));
        }
        foreach (var notice in await recipient.NoticesAsync($"kind={kind}"))
        {
            if (ages[notice.Title].Read)
            {
                (await recipient.MarkReadAsync(notice.Id)).EnsureSuccessStatusCode();
            }
            await AgeAsync(notice.Id, ages[notice.Title].Days);
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync<PurgeNotificationsJob>(null);
        }

        var left = await WaitAsync(() => recipient.NoticesAsync($"kind={kind}"), n => n.Count < 4);
        Assert.Equal(["已读 10 天", "未读 100 天"], left.Select(n => n.Title).Order());
    }

    private async Task AgeAsync(Guid id, int days)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var created = DateTime.UtcNow.AddDays(-days);
        await db.Set<Notification>().IgnoreQueryFilters().Where(n => n.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.CreationTime, created));
    }

    private static async Task<List<NotificationDocument>> WaitAsync(Func<Task<List<NotificationDocument>>> read, Func<List<NotificationDocument>, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var notices = await read();
            if (done(notices) || attempt == 300)
            {
                return notices;
            }
            await Task.Delay(100);
        }
    }
}
