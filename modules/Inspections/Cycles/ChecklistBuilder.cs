using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Risks;
using SafetyPortal.Platform.Text;

namespace SafetyPortal.Inspections.Cycles;

/// <summary>
/// Writes an enterprise's checklist: for each active risk point (most severe first) its control measures and its category's
/// check points, then the general items of the tier. Texts are the data of the inspection, kept in Chinese whatever the
/// language of whoever opened the cycle.
/// </summary>
public sealed class ChecklistBuilder
{
    private static readonly string[] GeneralKeys = ["Checklist.General.Responsibility", "Checklist.General.Training",
        "Checklist.General.EmergencyPlan", "Checklist.General.FireSafety", "Checklist.General.ProtectiveEquipment"];

    private const string PreviousHazardsKey = "Checklist.General.PreviousHazards";

    private readonly IReadOnlyList<string> _general;
    private readonly IReadOnlyList<string> _generalWithHazards;

    public ChecklistBuilder(IStringLocalizer<InspectionsResource> text)
    {
        using (UiCulture.Chinese())
        {
            _general = GeneralKeys.Select(k => text[k].Value).ToList();
            _generalWithHazards = [.. _general, text[PreviousHazardsKey].Value];
        }
    }

    public List<ChecklistItem> Build(InspectionTask task, IReadOnlyList<RiskPointChecklist> points)
    {
        var items = new List<ChecklistItem>();
        void Add(ChecklistItemSource source, string text, RiskPointChecklist? point) => items.Add(new ChecklistItem
        {
            Id = Guid.CreateVersion7(), TenantId = task.TenantId, TaskId = task.Id, SortOrder = items.Count + 1, Source = source,
            RiskPointId = point?.RiskPointId, RiskPoint = point is null ? null : TextClipping.Clip(point.Name + " · " + point.Location, ChecklistItem.MaxRiskPointLength),
            Text = TextClipping.Clip(text, ChecklistItem.MaxTextLength),
        });
        foreach (var point in points)
        {
            foreach (var measure in point.Measures)
            {
                Add(ChecklistItemSource.ControlMeasure, measure, point);
            }
            foreach (var checkPoint in point.CheckPoints)
            {
                Add(ChecklistItemSource.CheckPoint, checkPoint, point);
            }
        }
        // Patrols and inspections also look back: were the hazards found last time closed?
        foreach (var general in task.Tier == InspectionTier.SelfCheck ? _general : _generalWithHazards)
        {
            Add(ChecklistItemSource.General, general, null);
        }
        return items;
    }
}
