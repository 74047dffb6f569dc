using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Application;

/// <summary>
/// Create or edit a lesson. A rich-text body is Markdown when <see cref="Markdown"/> is set, else HTML; either way it is
/// sanitised before it is stored. Video and document lessons get their file by a separate upload.
/// </summary>
public sealed record SaveLessonRequest(
    string? Title,
    LessonKind Kind = LessonKind.RichText,
    string? Body = null,
    bool Markdown = false,
    decimal CreditHours = 0,
    int MinimumStudySeconds = 0,
    int? VideoSeconds = null);
