using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Cycles;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.Notices;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Notifications;
using SafetyPortal.Platform.Text;

namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>
/// In the current town, for each campaign running today: reminds the principal and safety managers of every enterprise
/// that has not answered for the period, and tells the town's inspectors, in one notice per campaign, how many enterprises
/// missed the previous period as well (for a campaign answered once: on its last day, how many never answered).
/// </summary>
public sealed class RemindWorkOrders(
    PortalDbContext db,
    EnterpriseSafetyStaff safetyStaff,
    INotificationPublisher publisher,
    IStringLocalizer<InspectionsResource> text,
    TimeProvider clock)
{
    public const string ReminderKind = "Inspections.WorkOrderReminder";
    public const string EscalationKind = "Inspections.WorkOrderEscalation";

    /// <summary>Returns how many enterprises were reminded.</summary>
    public async Task<int> RemindAsync(CancellationToken cancellationToken)
    {
        var today = CyclePeriod.ChinaDay(clock.GetUtcNow().UtcDateTime);
        var reached = db.Set<WorkOrder>().Select(o => o.CampaignId);
        // The town's own campaigns and the bureau's that reach it (host rows, read here only through the town's work orders).
        var campaigns = await db.Set<WorkOrderCampaign>().IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.FirstDay <= today && c.LastDay >= today && reached.Contains(c.Id)).ToListAsync(cancellationToken);
        var reminded = 0;
        foreach (var campaign in campaigns)
        {
            reminded += await RemindAsync(campaign, today, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return reminded;
    }

    private async Task<int> RemindAsync(WorkOrderCampaign campaign, DateOnly today, CancellationToken cancellationToken)
    {
        var period = WorkOrderPeriods.Of(campaign, today)!.Value;
        var missing = await Unanswered(campaign.Id, period).Select(o => o.EnterpriseId).ToListAsync(cancellationToken);
        if (missing.Count == 0)
        {
            return 0;
        }
        var staff = await safetyStaff.OfAsync(missing, cancellationToken);
        var repeated = WorkOrderPeriods.Before(campaign, today) is { } before
            ? await Unanswered(campaign.Id, period).Where(o => !db.Set<WorkOrderAnswer>().Any(a => a.WorkOrderId == o.Id && a.Period == before))
                .CountAsync(cancellationToken)
            : campaign.Frequency == WorkOrderFrequency.Once && today == campaign.LastDay ? missing.Count : 0;
        using (UiCulture.Chinese())
        {
            await publisher.PublishAsync(new NotificationRequest(ReminderKind, [.. staff.Values.SelectMany(u => u).Distinct()],
                text["WorkOrder.ReminderTitle", campaign.Title], campaign.Measure, "/Inspections/WorkOrders"), cancellationToken);
            if (repeated > 0)
            {
                var inspectors = await db.UserIdsInRolesAsync([PortalRoles.TownInspector], cancellationToken);
                await publisher.PublishAsync(new NotificationRequest(EscalationKind, inspectors,
                    text["WorkOrder.EscalationTitle", repeated, campaign.Title], null, $"/Inspections/WorkOrders/Campaign/{campaign.Id:D}"), cancellationToken);
            }
        }
        return missing.Count;
    }

    private IQueryable<WorkOrder> Unanswered(Guid campaignId, DateOnly period) =>
        db.Set<WorkOrder>().Where(o => o.CampaignId == campaignId && !db.Set<WorkOrderAnswer>().Any(a => a.WorkOrderId == o.Id && a.Period == period));
}
