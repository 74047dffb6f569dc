namespace SafetyPortal.Learning.Application;

/// <summary>The learner's progress on one lesson.</summary>
public sealed record LessonProgressDto(Guid LessonId, int StudiedSeconds, double Position, double WatchedUpTo, DateTime? CompletedTime);
