namespace SafetyPortal.Learning.Application;

/// <summary>A lesson as the player shows it: content, where the learner is, and the lessons before and after it.</summary>
public sealed record PlayerLessonDto(Guid CourseId, string CourseTitle, LessonDto Lesson, LessonProgressDto? Progress,
    Guid? PreviousLessonId, Guid? NextLessonId, string? MediaType);
