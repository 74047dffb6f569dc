using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Application;

/// <summary>A lesson as its course page lists it; the body only where asked for (player, editor).</summary>
public sealed record LessonDto(Guid Id, Guid ChapterId, string Title, LessonKind Kind, decimal CreditHours, int MinimumStudySeconds,
    int? VideoSeconds, string? FileName, bool HasFile, int Order, string? Body = null);
