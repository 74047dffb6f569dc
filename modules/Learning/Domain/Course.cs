using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Learning.Domain;

/// <summary>
/// 课程: chapters of lessons, published by the bureau (TenantId null, seen in every town), by a town, or by an
/// enterprise for its own staff (<see cref="OwnerUnitId"/>). Drafts are seen only by those who may author them.
/// </summary>
public class Course : AggregateRoot, IMultiTenant
{
    public const int MaxTitleLength = 128;
    public const int MaxDescriptionLength = 2000;

    public Guid? TenantId { get; set; }

    /// <summary>The enterprise (organization unit) of an internal course; null for bureau and town courses.</summary>
    public Guid? OwnerUnitId { get; set; }

    public string Title { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>The cover image in the file store (container "learning/covers").</summary>
    public Guid? CoverFileId { get; set; }

    public CourseStatus Status { get; set; } = CourseStatus.Draft;
    public DateTime? PublishedTime { get; set; }

    /// <summary>重点场所与工艺 the course is about.</summary>
    public KeySites KeySites { get; set; }

    /// <summary>Sum of the lessons' credit hours, kept by <see cref="Recount"/> for lists.</summary>
    public decimal CreditHours { get; set; }
    public int LessonCount { get; set; }

    public List<CourseTag> Tags { get; set; } = [];
    public List<Chapter> Chapters { get; set; } = [];

    public CourseOwner Owner => TenantId is null ? CourseOwner.Bureau : OwnerUnitId is null ? CourseOwner.Town : CourseOwner.Enterprise;

    /// <summary>Recomputes <see cref="CreditHours"/> and <see cref="LessonCount"/> from the loaded chapters.</summary>
    public void Recount()
    {
        var lessons = Chapters.SelectMany(c => c.Lessons).ToList();
        LessonCount = lessons.Count;
        CreditHours = lessons.Sum(l => l.CreditHours);
    }
}
