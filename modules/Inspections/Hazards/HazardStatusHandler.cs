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
/// Verifying stamps the rectification, Closed the closure, which needs a photo after the rectification (else the BPMN
/// error "NoAfterPhotos"). A closed hazard changes no more: the process gets a BPMN error "HazardClosed" it may catch.
/// </summary>
internal sealed class HazardStatusHandler(PortalDbContext db, ISettingProvider settings, TimeProvider clock) : IEntityStatusHandler
{
    /// <summary>The BPMN error a close without after-photos raises; the built-in process returns the hazard to rectification.</summary>
    public const string NoAfterPhotos = "NoAfterPhotos";

    public string EntityType => HazardClosure.EntityType;

    public IReadOnlyList<string> Statuses { get; } =
        [nameof(HazardStatus.Rectifying), nameof(HazardStatus.Verifying), nameof(HazardStatus.Closed)];

    public async Task SetStatusAsync(EntityStatusChange change, CancellationToken cancellationToken)
    {
        var id = Guid.TryParse(change.EntityId, out var parsed) ? parsed : throw new ArgumentException($"'{change.EntityId}' is not a hazard id.");
        var hazard = await db.Set<Hazard>().FirstOrDefaultAsync(h => h.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Hazard), id);
        if (hazard.Status == HazardStatus.Closed)
        {
            throw new WorkflowBpmnErrorException("HazardClosed", $"Hazard {id} is closed; its status no longer changes.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var status = Enum.Parse<HazardStatus>(change.Status, ignoreCase: true);
        switch (status)
        {
            case HazardStatus.Rectifying:
                hazard.Level = LevelOf(change.Variables) ?? hazard.Level;
                hazard.Deadline = now.AddDays(await DaysAsync(hazard.Level, change.Variables, cancellationToken));
                hazard.RectifiedTime = null;
                break;
            case HazardStatus.Verifying:
                hazard.RectifiedTime = now;
                break;
            case HazardStatus.Closed:
                if (!await db.Set<HazardPhoto>().AnyAsync(p => p.HazardId == id && p.Stage == HazardPhotoStage.After, cancellationToken))
                {
                    throw new WorkflowBpmnErrorException(NoAfterPhotos, $"Hazard {id} has no photo after its rectification; it cannot be closed.");
                }
                hazard.ClosedTime = now;
                break;
        }
        hazard.Status = status;
        await db.SaveChangesAsync(cancellationToken);
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
