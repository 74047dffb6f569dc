using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Domain;

/// <summary>
/// 试题分类: a node of the category tree. The bureau's categories (TenantId null) are seen by every town; a town's are
/// its own. A town may hang its categories under a bureau category, never the other way round.
/// </summary>
public class QuestionCategory : AggregateRoot, IMultiTenant
{
    public const int MaxNameLength = 128;
    public const int MaxDescriptionLength = 1000;

    public Guid? TenantId { get; set; }

    /// <summary>The parent category; null for a root.</summary>
    public Guid? ParentId { get; set; }

    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public int SortOrder { get; set; }
}
