using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Settings;
using SafetyPortal.Platform.Workflows;

namespace SafetyPortal.Inspections.Hazards;

/// <summary>
/// "setEntityStatus" for hazards, run by the closure process inside the hazard's town. Rectifying takes the level the
/// town confirmed and sets the deadline from it (the periods the process was started with, else today's settings);
/// Verifying stamps the rectification and takes the photos of the rectification's form as after-photos
/// (<see cref="RectificationPhotos"/>), Closed the closure, which needs a photo after the rectification (else the BPMN
/// error "NoAfterPhotos"). A hazard first confirmed as Major is reported to the bureau (<see cref="MajorHazardReport"/>).
/// A closed hazard changes no more: the process gets a BPMN error "HazardClosed" it may catch.
/// </summary>
internal sealed class HazardStatusHandler(PortalDbContext db, ISettingProvider settings, MajorHazardReport bureau, RectificationPhotos rectification,
    TimeProvider clock) : IEntityStatusHandler
{
    /// <summary>The BPMN error a close without after-photos raises; the built-in process returns the hazard to rectification.</summary>
    public const string NoAfterPhotos = "NoAfterPhotos";

    public string EntityType => HazardClosure.EntityType;

    public IReadOnlyList<string> Statuses { get; } =
        [nameof(HazardStatus.Rectifying), nameof(HazardStatus.Verifying), nameof(HazardStatus.Closed)];

    public async Task SetStatusAsync(EntityStatusChange change, CancellationToken cancellationToken)
    {
        var id = Guid.TryParse(change.EntityId, out var parsed) ? parsed : throw new ArgumentException($"'{change.EntityId}' is not a hazard id.");
        var status = Enum.Parse<HazardStatus>(change.Status, ignoreCase: true);
        // One transaction: a Major hazard's report to the bureau is saved apart from the hazard (on the host), and a job
        // may run again after a failure, so the report's stamp and its notices commit with the status or not at all.
        await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var hazard = await db.Set<Hazard>().FirstOrDefaultAsync(h => h.Id == id, ct) ?? throw new EntityNotFoundException(typeof(Hazard), id);
            var reportMajor = await ApplyAsync(hazard, status, change, ct);
            await db.SaveChangesAsync(ct);
            if (reportMajor)
            {
                await bureau.SendAsync(hazard, ct);
            }
        }, cancellationToken);
    }

    /// <summary>Changes the hazard; true when it has just become a Major hazard the bureau has not been told of.</summary>
    private async Task<bool> ApplyAsync(Hazard hazard, HazardStatus status, EntityStatusChange change, CancellationToken cancellationToken)
    {
        var variables = change.Variables;
        if (hazard.Status == HazardStatus.Closed)
        {
            throw new WorkflowBpmnErrorException("HazardClosed", $"Hazard {hazard.Id} is closed; its status no longer changes.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var reportMajor = false;
        switch (status)
        {
            case HazardStatus.Rectifying:
                hazard.Level = LevelOf(variables) ?? hazard.Level;
                hazard.Deadline = now.AddDays(await DaysAsync(hazard.Level, variables, cancellationToken));
                hazard.RectifiedTime = null;
                if (hazard.Level == HazardLevel.Major && hazard.MajorReportedTime is null)
                {
                    hazard.MajorReportedTime = now;
                    reportMajor = true;
                }
                break;
            case HazardStatus.Verifying:
                hazard.RectifiedTime = now;
                await rectification.AdoptAsync(hazard, change.InstanceId, cancellationToken);
                break;
            case HazardStatus.Closed:
                if (!await db.Set<HazardPhoto>().AnyAsync(p => p.HazardId == hazard.Id && p.Stage == HazardPhotoStage.After, cancellationToken))
                {
                    throw new WorkflowBpmnErrorException(NoAfterPhotos, $"Hazard {hazard.Id} has no photo after its rectification; it cannot be closed.");
                }
                hazard.ClosedTime = now;
                break;
        }
        hazard.Status = status;
        return reportMajor;
    }

    private static HazardLevel? LevelOf(IReadOnlyDictionary<string, JsonNode?> variables) =>
        variables.TryGetValue(HazardClosure.Level, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text)
        && Enum.TryParse<HazardLevel>(text, ignoreCase: true, out var level) && Enum.IsDefined(level) ? level : null;

    private async Task<int> DaysAsync(HazardLevel level, IReadOnlyDictionary<string, JsonNode?> variables, CancellationToken cancellationToken)
    {
        var name = level == HazardLevel.Major ? HazardClosure.MajorDays : HazardClosure.GeneralDays;
        return variables.TryGetValue(name, out var node) && node is JsonValue value && value.TryGetValue<int>(out var days)
            && days is >= 1 and <= InspectionsSettings.MaxRectificationDays
            ? days
            : (await RectificationPeriods.ReadAsync(settings, cancellationToken)).DaysFor(level);
    }
}
