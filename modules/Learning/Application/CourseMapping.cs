using System.Linq.Expressions;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Application;

/// <summary>Entities to the API's records.</summary>
public static class CourseMapping
{
    /// <summary>For list queries (translated to SQL).</summary>
    public static readonly Expression<Func<Course, CourseRowDto>> Row = c => new CourseRowDto(c.Id, c.Title, c.Description,
        c.TenantId == null ? CourseOwner.Bureau : c.OwnerUnitId == null ? CourseOwner.Town : CourseOwner.Enterprise,
        c.OwnerUnitId, c.Status, c.CreditHours, c.LessonCount, c.KeySites, c.CoverFileId != null, c.PublishedTime, c.LastModificationTime);

    public static LessonDto ToDto(this Lesson lesson, bool withBody = false) => new(lesson.Id, lesson.ChapterId, lesson.Title, lesson.Kind,
        lesson.CreditHours, lesson.MinimumStudySeconds, lesson.VideoSeconds, lesson.FileName, lesson.FileId is not null, lesson.Order,
        withBody ? lesson.Body : null);

    public static CourseDetailDto ToDetail(this Course course, IEnumerable<CourseTag> tags, IEnumerable<Chapter> chapters, IEnumerable<Lesson> lessons,
        bool canEdit)
    {
        var tagList = tags.ToList();
        string[] Codes(CourseTagKind kind) => [.. tagList.Where(t => t.Kind == kind).Select(t => t.Code).Order(StringComparer.Ordinal)];
        var byChapter = lessons.ToLookup(l => l.ChapterId);
        return new CourseDetailDto(course.Id, course.Title, course.Description, course.Owner, course.OwnerUnitId, course.Status,
            course.CreditHours, course.LessonCount, course.KeySites,
            new CourseTagsDto(Codes(CourseTagKind.RiskCategory), Codes(CourseTagKind.Industry), Codes(CourseTagKind.Position)),
            course.CoverFileId is not null, course.PublishedTime, course.ConcurrencyStamp, canEdit,
            [.. chapters.OrderBy(c => c.Order).Select(c => new ChapterDto(c.Id, c.Title, c.Order,
                [.. byChapter[c.Id].OrderBy(l => l.Order).Select(l => l.ToDto())]))]);
    }
}
