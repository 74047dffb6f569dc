using SafetyPortal.Learning.Application;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Areas.Learning.Pages.Courses;

public sealed class LessonForm
{
    public string? Title { get; set; }
    public LessonKind Kind { get; set; }
    public string? Body { get; set; }
    public bool Markdown { get; set; }
    public decimal CreditHours { get; set; }
    public int MinimumStudySeconds { get; set; }
    public int? VideoSeconds { get; set; }

    public static LessonForm From(LessonDto lesson)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        return new LessonForm
        {
            Title = lesson.Title, Kind = lesson.Kind, Body = lesson.Body, CreditHours = lesson.CreditHours,
            MinimumStudySeconds = lesson.MinimumStudySeconds, VideoSeconds = lesson.VideoSeconds,
        };
    }

    public SaveLessonRequest ToRequest() => new(Title, Kind, Body, Markdown, CreditHours, MinimumStudySeconds, VideoSeconds);
}
