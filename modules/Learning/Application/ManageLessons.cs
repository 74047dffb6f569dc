using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Learning.Application;

/// <summary>Chapters and lessons of a course the user owns: add, edit, delete, reorder. Every change recounts the course.</summary>
public sealed class ManageLessons(PortalDbContext db, CourseScope scope, ReadCourses read, LessonBodies bodies, IStringLocalizer<LearningResource> text)
{
    public async Task<CourseDetailDto> AddChapterAsync(Guid courseId, SaveChapterRequest request, CancellationToken cancellationToken)
    {
        var course = await scope.FindEditableAsync(courseId, cancellationToken, withContent: true);
        var title = ChapterTitle(request);
        course.Chapters.Add(new Chapter { TenantId = course.TenantId, Title = title, Order = course.Chapters.Count });
        return await SaveAsync(course, cancellationToken);
    }

    public async Task<CourseDetailDto> RenameChapterAsync(Guid chapterId, SaveChapterRequest request, CancellationToken cancellationToken)
    {
        var (course, chapter) = await FindChapterAsync(chapterId, cancellationToken);
        chapter.Title = ChapterTitle(request);
        return await SaveAsync(course, cancellationToken);
    }

    public async Task<CourseDetailDto> DeleteChapterAsync(Guid chapterId, CancellationToken cancellationToken)
    {
        var (course, chapter) = await FindChapterAsync(chapterId, cancellationToken);
        course.Chapters.Remove(chapter);
        Renumber(course.Chapters);
        return await SaveAsync(course, cancellationToken);
    }

    public async Task<LessonDto> AddLessonAsync(Guid chapterId, SaveLessonRequest request, CancellationToken cancellationToken)
    {
        var (course, chapter) = await FindChapterAsync(chapterId, cancellationToken);
        var lesson = new Lesson { TenantId = course.TenantId, CourseId = course.Id, Order = chapter.Lessons.Count };
        Apply(lesson, request);
        chapter.Lessons.Add(lesson);
        await SaveAsync(course, cancellationToken);
        return lesson.ToDto(withBody: true);
    }

    public async Task<LessonDto> UpdateLessonAsync(Guid lessonId, SaveLessonRequest request, CancellationToken cancellationToken)
    {
        var (course, lesson) = await FindLessonAsync(lessonId, cancellationToken);
        if (request.Kind != lesson.Kind)
        {
            lesson.FileId = null;
            lesson.FileName = null;
        }
        Apply(lesson, request);
        await SaveAsync(course, cancellationToken);
        return lesson.ToDto(withBody: true);
    }

    public async Task<CourseDetailDto> DeleteLessonAsync(Guid lessonId, CancellationToken cancellationToken)
    {
        var (course, lesson) = await FindLessonAsync(lessonId, cancellationToken);
        var chapter = course.Chapters.Single(c => c.Id == lesson.ChapterId);
        chapter.Lessons.Remove(lesson);
        Renumber(chapter.Lessons);
        return await SaveAsync(course, cancellationToken);
    }

    /// <summary>Sets the whole order; the request must name every chapter and every lesson of the course exactly once.</summary>
    public async Task<CourseDetailDto> ReorderAsync(Guid courseId, ReorderRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var course = await scope.FindEditableAsync(courseId, cancellationToken, withContent: true);
        var chapters = request.Chapters ?? [];
        var lessons = course.Chapters.SelectMany(c => c.Lessons).ToDictionary(l => l.Id);
        var named = chapters.SelectMany(c => c.Lessons ?? []).ToList();
        if (!chapters.Select(c => c.Id).Order().SequenceEqual(course.Chapters.Select(c => c.Id).Order())
            || named.Count != lessons.Count || !named.All(lessons.ContainsKey) || named.Distinct().Count() != named.Count)
        {
            throw ValidationException.For(nameof(ReorderRequest.Chapters), text["ReorderIncomplete"]);
        }
        foreach (var (entry, chapterOrder) in chapters.Select((c, i) => (c, i)))
        {
            var chapter = course.Chapters.Single(c => c.Id == entry.Id);
            chapter.Order = chapterOrder;
            foreach (var (lessonId, lessonOrder) in (entry.Lessons ?? []).Select((l, i) => (l, i)))
            {
                var lesson = lessons[lessonId];
                lesson.ChapterId = chapter.Id;
                lesson.Order = lessonOrder;
            }
        }
        return await SaveAsync(course, cancellationToken);
    }

    /// <summary>A lesson of a course the user owns, with its course loaded whole (tracked).</summary>
    public async Task<(Course Course, Lesson Lesson)> FindLessonAsync(Guid lessonId, CancellationToken cancellationToken)
    {
        var courseId = await scope.BureauOrMine<Lesson>().Where(l => l.Id == lessonId).Select(l => (Guid?)l.CourseId)
            .FirstOrDefaultAsync(cancellationToken) ?? throw new EntityNotFoundException(typeof(Lesson), lessonId);
        var course = await scope.FindEditableAsync(courseId, cancellationToken, withContent: true);
        return (course, course.Chapters.SelectMany(c => c.Lessons).Single(l => l.Id == lessonId));
    }

    private async Task<(Course Course, Chapter Chapter)> FindChapterAsync(Guid chapterId, CancellationToken cancellationToken)
    {
        var courseId = await scope.BureauOrMine<Chapter>().Where(c => c.Id == chapterId).Select(c => (Guid?)c.CourseId)
            .FirstOrDefaultAsync(cancellationToken) ?? throw new EntityNotFoundException(typeof(Chapter), chapterId);
        var course = await scope.FindEditableAsync(courseId, cancellationToken, withContent: true);
        return (course, course.Chapters.Single(c => c.Id == chapterId));
    }

    private string ChapterTitle(SaveChapterRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var title = LessonValidation.Text(request.Title, Chapter.MaxTitleLength, nameof(SaveChapterRequest.Title), required: true, errors, text);
        errors.ThrowIfAny();
        return title!;
    }

    private void Apply(Lesson lesson, SaveLessonRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        lesson.Title = LessonValidation.Text(request.Title, Lesson.MaxTitleLength, nameof(SaveLessonRequest.Title), required: true, errors, text) ?? "";
        LessonValidation.Numbers(request, errors, text);
        string? body = null;
        if (request.Kind == LessonKind.RichText)
        {
            body = string.IsNullOrWhiteSpace(request.Body) ? null : bodies.Clean(request.Body, request.Markdown);
            if (body is null)
            {
                errors.Add(nameof(SaveLessonRequest.Body), text["FieldRequired"]);
            }
            else if (body.Length > Lesson.MaxBodyLength)
            {
                errors.Add(nameof(SaveLessonRequest.Body), text["FieldTooLong", Lesson.MaxBodyLength]);
            }
        }
        errors.ThrowIfAny();
        lesson.Kind = request.Kind;
        lesson.Body = body;
        lesson.CreditHours = request.CreditHours;
        lesson.MinimumStudySeconds = request.MinimumStudySeconds;
        lesson.VideoSeconds = request.Kind == LessonKind.Video ? request.VideoSeconds : null;
    }

    private async Task<CourseDetailDto> SaveAsync(Course course, CancellationToken cancellationToken)
    {
        course.Recount();
        course.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(cancellationToken);
        return await read.GetAsync(course.Id, cancellationToken);
    }

    private static void Renumber(List<Chapter> chapters)
    {
        foreach (var (chapter, i) in chapters.OrderBy(c => c.Order).Select((c, i) => (c, i)))
        {
            chapter.Order = i;
        }
    }

    private static void Renumber(List<Lesson> lessons)
    {
        foreach (var (lesson, i) in lessons.OrderBy(l => l.Order).Select((l, i) => (l, i)))
        {
            lesson.Order = i;
        }
    }
}
