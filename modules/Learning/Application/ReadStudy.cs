using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Files;

namespace SafetyPortal.Learning.Application;

/// <summary>The learner's side: progress over a course, and one lesson for the player.</summary>
public sealed class ReadStudy(PortalDbContext db, CourseScope scope, SignedInUser user, IFileStore files)
{
    public async Task<IReadOnlyList<LessonProgressDto>> CourseProgressAsync(Guid courseId, CancellationToken cancellationToken)
    {
        _ = await scope.FindReadableAsync(courseId, await user.IsGrantedAsync(LearningPermissions.Courses.Manage), cancellationToken);
        var userId = user.Id;
        return await db.Set<LessonProgress>().AsNoTracking().Where(p => p.CourseId == courseId && p.UserId == userId)
            .Select(p => new LessonProgressDto(p.LessonId, p.StudiedSeconds, p.LastPosition, p.WatchedUpTo, p.CompletedTime))
            .ToListAsync(cancellationToken);
    }

    public async Task<PlayerLessonDto> LessonAsync(Guid lessonId, CancellationToken cancellationToken)
    {
        var (lesson, course) = await scope.FindReadableLessonAsync(lessonId, await user.IsGrantedAsync(LearningPermissions.Courses.Manage), cancellationToken);
        var userId = user.Id;
        var progress = await db.Set<LessonProgress>().AsNoTracking().Where(p => p.LessonId == lessonId && p.UserId == userId)
            .Select(p => new LessonProgressDto(p.LessonId, p.StudiedSeconds, p.LastPosition, p.WatchedUpTo, p.CompletedTime))
            .FirstOrDefaultAsync(cancellationToken);
        var chapters = await scope.BureauOrMine<Chapter>().AsNoTracking().Where(c => c.CourseId == course.Id)
            .ToDictionaryAsync(c => c.Id, c => c.Order, cancellationToken);
        var order = (await scope.BureauOrMine<Lesson>().AsNoTracking().Where(l => l.CourseId == course.Id)
                .Select(l => new { l.Id, l.ChapterId, l.Order }).ToListAsync(cancellationToken))
            .OrderBy(l => chapters.GetValueOrDefault(l.ChapterId)).ThenBy(l => l.Order).Select(l => l.Id).ToList();
        var index = order.IndexOf(lessonId);
        string? mediaType = null;
        if (lesson.FileId is { } fileId)
        {
            mediaType = (await files.FindAsync(CourseMedia.MediaContainer, fileId, anyTown: course.TenantId is null, cancellationToken))?.ContentType;
        }
        return new PlayerLessonDto(course.Id, course.Title, lesson.ToDto(withBody: true), progress,
            index > 0 ? order[index - 1] : null, index >= 0 && index < order.Count - 1 ? order[index + 1] : null, mediaType);
    }
}
