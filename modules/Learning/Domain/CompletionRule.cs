namespace SafetyPortal.Learning.Domain;

/// <summary>
/// When a lesson counts as completed: the lesson's minimum study time credited and, for a video of known length,
/// played (not skipped) to at least <see cref="VideoShare"/> of it.
/// </summary>
public static class CompletionRule
{
    public const double VideoShare = 0.9;

    public static bool IsMet(Lesson lesson, LessonProgress progress)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.StudiedSeconds < Math.Max(lesson.MinimumStudySeconds, 1))
        {
            return false;
        }
        return lesson.Kind != LessonKind.Video || lesson.VideoSeconds is not > 0
            || progress.WatchedUpTo >= lesson.VideoSeconds.Value * VideoShare;
    }
}
