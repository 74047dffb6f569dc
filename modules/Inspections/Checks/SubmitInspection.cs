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
using SafetyPortal.Platform.Text;
using SafetyPortal.Platform.Workflows;

namespace SafetyPortal.Inspections.Checks;

/// <summary>
/// Submits a finished checklist: every item answered, every failed item described and photographed. In one transaction the
/// task is submitted (flagged when it looks perfunctory: all passed too fast, or photos shown twice), each failed item
/// becomes a hazard running its closure process with the item's photos as found, and the task's process hears of the
/// submission. A refusal saves nothing and names the items.
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
            var photos = await db.Set<ChecklistPhoto>().AsNoTracking().Where(p => p.TaskId == taskId).OrderBy(p => p.CreationTime).ToListAsync(ct);
            CheckAnswers(items, photos);
            var now = clock.GetUtcNow().UtcDateTime;
            var failed = items.Where(i => i.Answer == ChecklistAnswer.Failed).ToList();
            task.Status = InspectionTaskStatus.Submitted;
            task.SubmittedTime = now;
            task.SubmittedBy = user.Id;
            task.SubmitterName = TextClipping.Clip(user.Name ?? user.Id.ToString(), InspectionTask.MaxNameLength);
            task.Latitude = request.Latitude;
            task.Longitude = request.Longitude;
            task.AnsweredCount = items.Count;
            task.FailedCount = failed.Count;
            task.Flags = (failed.Count == 0 && items.Any(i => i.Answer == ChecklistAnswer.Passed)
                    && task.StartedTime is { } started && now - started < TimeSpan.FromMinutes(perfunctoryMinutes)
                    ? PerfunctoryFlags.TooFast : PerfunctoryFlags.None)
                | (await PhotosReusedAsync(task, photos, ct) ? PerfunctoryFlags.ReusedPhotos : PerfunctoryFlags.None);
            await db.SaveChangesAsync(ct);
            var shown = new HashSet<Guid>();
            foreach (var item in failed)
            {
                var hazard = HazardOf(task, item, now);
                await hazards.StartClosureAsync(hazard, periods, ct);
                item.HazardId = hazard.Id;
                // The item's photos show the hazard as found; a photo shown for two failed items goes to the first one's hazard.
                foreach (var photo in photos.Where(p => p.ItemId == item.Id && shown.Add(p.Id)))
                {
                    db.Add(BeforePhoto(hazard, photo));
                }
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
        Description = TextClipping.Clip(text["Check.HazardDescription", item.Text, item.Note ?? ""], Hazard.MaxDescriptionLength),
        Location = item.RiskPoint is { } point ? TextClipping.Clip(point, Hazard.MaxLocationLength) : null,
        RiskPointId = item.RiskPointId, InspectionTaskId = task.Id,
        ReportedBy = user.Id, ReporterName = task.SubmitterName!, ReportedTime = now,
    };

    /// <summary>One picture for two items of this inspection, or one the enterprise showed in an earlier inspection.</summary>
    private async Task<bool> PhotosReusedAsync(InspectionTask task, List<ChecklistPhoto> photos, CancellationToken cancellationToken)
    {
        if (photos.GroupBy(p => p.Sha256).Any(g => g.Select(p => p.ItemId).Distinct().Count() > 1))
        {
            return true;
        }
        var hashes = photos.Select(p => p.Sha256).Distinct().ToList();
        return hashes.Count > 0 && await db.Set<ChecklistPhoto>()
            .AnyAsync(p => p.EnterpriseId == task.EnterpriseId && p.TaskId != task.Id && hashes.Contains(p.Sha256), cancellationToken);
    }

    private static HazardPhoto BeforePhoto(Hazard hazard, ChecklistPhoto photo) => new()
    {
        Id = photo.Id, TenantId = hazard.TenantId, HazardId = hazard.Id, Stage = HazardPhotoStage.Before, Name = photo.Name,
        ContentType = photo.ContentType, Size = photo.Size, Sha256 = photo.Sha256, ThumbnailId = photo.ThumbnailId, Width = photo.Width,
        Height = photo.Height, TakenAtUtc = photo.TakenAtUtc, Latitude = photo.Latitude, Longitude = photo.Longitude, UploadedBy = photo.UploadedBy,
        CreationTime = photo.CreationTime,
    };

    private void CheckAnswers(List<ChecklistItem> items, List<ChecklistPhoto> photos)
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
        var photographed = photos.Select(p => p.ItemId).ToHashSet();
        foreach (var item in items.Where(i => i.Answer == ChecklistAnswer.Failed && !photographed.Contains(i.Id)))
        {
            errors.Add($"items[{item.SortOrder}].photos", text["Check.FailedNeedsPhoto", item.SortOrder]);
        }
        errors.ThrowIfAny();
    }

    private void CheckPlace(SubmitInspectionRequest request)
    {
        var errors = new ValidationErrors();
        PlaceChecks.CheckRange(errors, request.Latitude, request.Longitude, text);
        if (request.Latitude.HasValue != request.Longitude.HasValue)
        {
            errors.Add(request.Latitude.HasValue ? "longitude" : "latitude", text["Check.PlaceHalf"]);
        }
        errors.ThrowIfAny();
    }

    private static string Numbers(List<int> sortOrders) =>
        string.Join(", ", sortOrders.Take(ListedItems).Select(n => n.ToString(CultureInfo.InvariantCulture))) + (sortOrders.Count > ListedItems ? " …" : "");
}
