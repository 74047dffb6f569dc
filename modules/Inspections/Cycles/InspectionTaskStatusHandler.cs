using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.Notices;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Notifications;
using SafetyPortal.Platform.Ui;
using SafetyPortal.Platform.Workflows;
using SafetyPortal.Platform.Text;

namespace SafetyPortal.Inspections.Cycles;

/// <summary>
/// "setEntityStatus InspectionTask Overdue" of the inspection-task process: reminds whoever must do the task (its assignee,
/// or for a self-check the enterprise's principal and safety managers), in Chinese. A task already submitted or missed is
/// left alone. Overdue itself is not stored: the due time says it.
/// </summary>
public sealed class InspectionTaskStatusHandler(
    PortalDbContext db,
    EnterpriseSafetyStaff safetyStaff,
    IEnterpriseDirectory directory,
    INotificationPublisher publisher,
    IStringLocalizer<InspectionsResource> text) : IEntityStatusHandler
{
    public const string NoticeKind = "Inspections.TaskOverdue";

    public string EntityType => InspectionProcess.EntityType;

    public IReadOnlyList<string> Statuses { get; } = [InspectionProcess.Overdue];

    public async Task SetStatusAsync(EntityStatusChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!string.Equals(change.Status, InspectionProcess.Overdue, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"An inspection task takes the status {InspectionProcess.Overdue}, not '{change.Status}'.");
        }
        var task = (Guid.TryParse(change.EntityId, out var id) ? await db.Set<InspectionTask>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken) : null)
            ?? throw new InvalidOperationException($"No inspection task {change.EntityId} in this town.");
        if (task.Status is InspectionTaskStatus.Submitted or InspectionTaskStatus.Missed)
        {
            return;
        }
        var recipients = task.AssigneeId is { } assignee ? [assignee]
            : (await safetyStaff.OfAsync([task.EnterpriseId], cancellationToken)).GetValueOrDefault(task.EnterpriseId) ?? [];
        var enterprise = (await directory.GetAsync([task.EnterpriseId], cancellationToken)).GetValueOrDefault(task.EnterpriseId)?.Name ?? "";
        using (UiCulture.Chinese())
        {
            await publisher.PublishAsync(new NotificationRequest(NoticeKind, recipients,
                text["Check.OverdueNoticeTitle", text["Tier." + task.Tier], enterprise],
                text["Check.OverdueNoticeBody", LocalTimeTagHelper.FormatChinaTime(task.DueTime, "yyyy-MM-dd HH:mm")],
                $"/Inspections/Checks/Task/{task.Id:D}"), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
