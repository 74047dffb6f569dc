using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Cycles;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.Hazards;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Settings;
using SafetyPortal.Platform.Workflows;

namespace SafetyPortal.Inspections.Checks;

/// <summary>
/// Submits a finished checklist: every item answered, every failed item described. In one transaction the task is
/// submitted (flagged when it looks perfunctory), each failed item becomes a hazard running its closure process, and the
/// task's process hears of the submission. A refusal saves nothing and names the items.
/// </summary>
public sealed class SubmitInspection(
    PortalDbContext db,
    InspectionWork work,
    InspectionBoard board,
    SignedInUser user,
    ReportHazard hazards,
    IWorkflowRuntime workflows,
    ISettingProvider settings,
    IStringLocalizer<InspectionsResource> text,
    TimeProvider clock)
{
    /// <summary>Item numbers a refusal lists before "…".</summary>
    private const int ListedItems = 10;

    public async Task<InspectionTaskDetailDto> SubmitAsync(Guid taskId, SubmitInspectionRequest request, CancellationToken cancellationToken)
    {
        CheckPlace(request);
        var periods = await RectificationPeriods.ReadAsync(settings, cancellationToken);
        var perfunctoryMinutes = await settings.GetWholeNumberAsync(CycleSettings.PerfunctoryMinutes, CycleSettings.DefaultPerfunctoryMinutes, 0, 120, cancellationToken);
        await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var task = await work.LoadAsync(taskId, ct);
            var items = await db.Set<ChecklistItem>().Where(i => i.TaskId == taskId).OrderBy(i => i.SortOrder).ToListAsync(ct);
            CheckAnswers(items);
            var now = clock.GetUtcNow().UtcDateTime;
            var failed = items.Where(i => i.Answer == ChecklistAnswer.Failed).ToList();
            task.Status = InspectionTaskStatus.Submitted;
            task.SubmittedTime = now;
            task.SubmittedBy = user.Id;
            task.SubmitterName = Clip(user.Name ?? user.Id.ToString(), InspectionTask.MaxNameLength);
            task.Latitude = request.Latitude;
            task.Longitude = request.Longitude;
            task.AnsweredCount = items.Count;
            task.FailedCount = failed.Count;
            task.Flags = failed.Count == 0 && items.Any(i => i.Answer == ChecklistAnswer.Passed)
                && task.StartedTime is { } started && now - started < TimeSpan.FromMinutes(perfunctoryMinutes)
                ? PerfunctoryFlags.TooFast : PerfunctoryFlags.None;
            await db.SaveChangesAsync(ct);
            foreach (var item in failed)
            {
                var hazard = HazardOf(task, item, now);
                await hazards.StartClosureAsync(hazard, periods, ct);
                item.HazardId = hazard.Id;
            }
            await db.SaveChangesAsync(ct);
            await workflows.CorrelateAsync(InspectionProcess.SubmittedMessage, taskId.ToString(),
                new JsonObject { [InspectionProcess.FailedItems] = failed.Count }, ct);
        }, cancellationToken);
        return await board.GetAsync(taskId, cancellationToken);
    }

    private Hazard HazardOf(InspectionTask task, ChecklistItem item, DateTime now) => new()
    {
        TenantId = task.TenantId, EnterpriseId = task.EnterpriseId, Level = HazardLevel.General, Status = HazardStatus.Reported,
        Description = Clip(text["Check.HazardDescription", item.Text, item.Note ?? ""], Hazard.MaxDescriptionLength),
        Location = item.RiskPoint is { } point ? Clip(point, Hazard.MaxLocationLength) : null,
        RiskPointId = item.RiskPointId, InspectionTaskId = task.Id,
        ReportedBy = user.Id, ReporterName = task.SubmitterName!, ReportedTime = now,
    };

    private void CheckAnswers(List<ChecklistItem> items)
    {
        var errors = new ValidationErrors();
        var pending = items.Where(i => i.Answer == ChecklistAnswer.Pending).Select(i => i.SortOrder).ToList();
        if (pending.Count > 0)
        {
            errors.Add("items", text["Check.Unanswered", pending.Count, Numbers(pending)]);
        }
        foreach (var item in items.Where(i => i.Answer == ChecklistAnswer.Failed && string.IsNullOrWhiteSpace(i.Note)))
        {
            errors.Add($"items[{item.SortOrder}].note", text["Check.FailedNeedsNote", item.SortOrder]);
        }
        errors.ThrowIfAny();
    }

    private void CheckPlace(SubmitInspectionRequest request)
    {
        var errors = new ValidationErrors();
        if (request.Latitude is < -90 or > 90)
        {
            errors.Add("latitude", text["Check.LatitudeInvalid"]);
        }
        if (request.Longitude is < -180 or > 180)
        {
            errors.Add("longitude", text["Check.LongitudeInvalid"]);
        }
        if (request.Latitude.HasValue != request.Longitude.HasValue)
        {
            errors.Add(request.Latitude.HasValue ? "longitude" : "latitude", text["Check.PlaceHalf"]);
        }
        errors.ThrowIfAny();
    }

    private static string Numbers(List<int> sortOrders) =>
        string.Join(", ", sortOrders.Take(ListedItems).Select(n => n.ToString(CultureInfo.InvariantCulture))) + (sortOrders.Count > ListedItems ? " …" : "");

    private static string Clip(string value, int max) => value.Length <= max ? value : value[..max];
}
