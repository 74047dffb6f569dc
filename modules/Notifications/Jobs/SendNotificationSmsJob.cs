using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Sms;

namespace SafetyPortal.Notifications.Jobs;

/// <summary>
/// Texts a notice's title to its recipients (ids in <see cref="UsersKey"/>) who, at the time of sending, are active users of
/// the job's town with a mobile number. A retry after a gateway failure may text the earlier recipients again.
/// </summary>
public sealed class SendNotificationSmsJob(IServiceProvider services) : PortalJob(services)
{
    public const string UsersKey = "users";
    public const string TitleKey = "title";

    protected override async Task ExecuteInTenantAsync(PortalJobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ids = context.Data.GetValueOrDefault(UsersKey, "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        var title = context.Data.GetValueOrDefault(TitleKey, "");
        var db = context.Services.GetRequiredService<PortalDbContext>();
        var sms = context.Services.GetRequiredService<ISmsSender>();
        var text = context.Services.GetRequiredService<IStringLocalizer<NotificationsResource>>();
        var sent = 0;
        foreach (var chunk in ids.Chunk(500))
        {
            var phones = await db.Set<PortalUser>()
                .Where(u => chunk.Contains(u.Id) && u.IsActive && u.PhoneNumber != null)
                .Select(u => u.PhoneNumber!)
                .ToListAsync(cancellationToken);
            foreach (var phone in phones)
            {
                var parameters = new Dictionary<string, string> { ["title"] = title };
                await sms.SendAsync(new SmsMessage(phone, SmsTemplates.Notice, parameters, text["Sms:Notice", title]), cancellationToken);
                sent++;
            }
        }
        context.Firing.Result = sent;
    }
}
