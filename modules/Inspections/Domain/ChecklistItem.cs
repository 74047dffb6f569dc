using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Inspections.Domain;

/// <summary>One line of an inspection's checklist and its answer. The text is copied at opening, so later edits of the
/// risk register never rewrite what an inspection checked.</summary>
public class ChecklistItem : Entity, IMultiTenant
{
    public const int MaxTextLength = 500;
    public const int MaxRiskPointLength = 260;
    public const int MaxNoteLength = 500;

    public Guid? TenantId { get; set; }
    public Guid TaskId { get; set; }
    public int SortOrder { get; set; }
    public ChecklistItemSource Source { get; set; }
    public Guid? RiskPointId { get; set; }

    /// <summary>The risk point's name and location, as shown above its items.</summary>
    public string? RiskPoint { get; set; }
    public string Text { get; set; } = "";

    public ChecklistAnswer Answer { get; set; }
    public string? Note { get; set; }
    public DateTime? AnsweredTime { get; set; }

    /// <summary>The hazard a failed item became at the submission.</summary>
    public Guid? HazardId { get; set; }
}
