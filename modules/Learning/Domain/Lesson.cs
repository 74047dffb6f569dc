using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Learning.Domain;

/// <summary>课时: one lesson of a chapter; rich text, a video or a document, worth <see cref="CreditHours"/> once completed.</summary>
public class Lesson : Entity, IMultiTenant
{
    public const int MaxTitleLength = 128;
    public const int MaxBodyLength = 200_000;
    public const decimal MaxCreditHours = 100m;

    public Guid? TenantId { get; set; }
    public Guid CourseId { get; set; }
    public Guid ChapterId { get; set; }
    public string Title { get; set; } = "";
    public LessonKind Kind { get; set; }

    /// <summary>Sanitised HTML of a rich-text lesson (Markdown is converted before it is sanitised).</summary>
    public string? Body { get; set; }

    /// <summary>The video or PDF in the file store (container "learning/media").</summary>
    public Guid? FileId { get; set; }
    public string? FileName { get; set; }

    /// <summary>Length of the video in seconds, as the author's browser read it; the 90 % rule needs it.</summary>
    public int? VideoSeconds { get; set; }

    /// <summary>学时 earned once the lesson is completed.</summary>
    public decimal CreditHours { get; set; }

    /// <summary>Study time needed before the lesson can be completed.</summary>
    public int MinimumStudySeconds { get; set; }

    /// <summary>Position in the chapter, from 0.</summary>
    public int Order { get; set; }
}
