using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Notifications;

namespace SafetyPortal.Learning.Tracking;

/// <summary>
/// One-click reminders: every incomplete enrolment in scope gets its reminder recorded (last time, count); the people get
/// one notice per plan through the kernel's INotificationPublisher (in the same save).
/// Someone reminded within the last hour is skipped, so a double click does not notify twice.
/// </summary>
public sealed class RemindLearners(PortalDbContext db, TrackingScope scope, INotificationPublisher publisher, TimeProvider clock,
    IStringLocalizer<LearningResource> text)
{
    public const int MaxPerClick = 5000;
    public const string NoticeKind = "Learning.PlanReminder";
    private static readonly TimeSpan Quiet = TimeSpan.FromHours(1);

    public async Task<RemindResult> RemindAsync(RemindRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.GetUtcNow().UtcDateTime;
        if (request.EnterpriseId is { } enterpriseId)
        {
            await scope.EnterpriseAsync(enterpriseId, cancellationToken);
        }
        var filter = new TrackingFilter(EnterpriseId: request.EnterpriseId, UnitId: request.UnitId, PlanId: request.PlanId,
            State: request.OverdueOnly ? TrackingState.Overdue : TrackingState.Pending);
        var ids = (await scope.EnrolmentsAsync(filter, now, cancellationToken)).Select(e => e.Id);
        if (request.EnrolmentIds is { Count: > 0 } listed)
        {
            ids = ids.Where(id => listed.Contains(id));
        }
        // The scope's query is read without tracking (and that holds for a whole query), so the ids come first.
        var chosen = await ids.Take(MaxPerClick).ToListAsync(cancellationToken);
        var enrolments = await db.Set<Enrolment>().Where(e => chosen.Contains(e.Id)).ToListAsync(cancellationToken);
        var due = enrolments.Where(e => e.LastRemindedTime is null || now - e.LastRemindedTime >= Quiet).ToList();
        foreach (var enrolment in due)
        {
            enrolment.LastRemindedTime = now;
            enrolment.ReminderCount++;
        }
        if (due.Count > 0)
        {
            var planIds = due.Select(e => e.PlanId).Distinct().ToList();
            var plans = await db.Set<TrainingPlan>().IgnoreQueryFilters().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            foreach (var group in due.GroupBy(e => e.PlanId))
            {
                var plan = plans[group.Key];
                await publisher.PublishAsync(new NotificationRequest(NoticeKind, [.. group.Select(e => e.UserId)],
                    text["Reminder.Title", plan.Title], text["Reminder.Body", plan.Title, plan.RequiredHours, ChinaText(plan.Deadline)],
                    "/Learning/My"), cancellationToken);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return new RemindResult(due.Count, enrolments.Count - due.Count, due.Count > 0);
    }

    private static string ChinaText(DateTime utc) => Compliance.ChinaDay.Of(utc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
