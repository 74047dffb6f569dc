using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Learning.Application;

/// <summary>Course lists (the authors' and the learners' catalogue) and one course with its chapters and lessons.</summary>
public sealed class ReadCourses(CourseScope scope, SignedInUser user)
{
    /// <summary>The catalogue: published courses meant for the user, newest first.</summary>
    public async Task<PagedResult<CourseRowDto>> CatalogueAsync(PageRequest page, CourseFilter filter, CancellationToken cancellationToken)
    {
        var courses = Filter(await scope.PublishedAsync(cancellationToken), page, filter with { Status = null });
        return await courses.OrderByDescending(c => c.PublishedTime).ThenBy(c => c.Id).Select(CourseMapping.Row)
            .ToPagedResultAsync(page, cancellationToken);
    }

    /// <summary>The authors' list: every course of theirs, drafts included, last changed first.</summary>
    public async Task<PagedResult<CourseRowDto>> EditableAsync(PageRequest page, CourseFilter filter, CancellationToken cancellationToken)
    {
        var courses = Filter(await scope.EditableAsync(cancellationToken), page, filter);
        return await courses.OrderByDescending(c => c.LastModificationTime ?? c.CreationTime).ThenBy(c => c.Id).Select(CourseMapping.Row)
            .ToPagedResultAsync(page, cancellationToken);
    }

    public async Task<CourseDetailDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var mayEdit = await user.IsGrantedAsync(LearningPermissions.Courses.Manage);
        var course = await scope.FindReadableAsync(id, mayEdit, cancellationToken);
        var canEdit = mayEdit && await (await scope.EditableAsync(cancellationToken)).AnyAsync(c => c.Id == id, cancellationToken);
        var tags = await scope.BureauOrMine<CourseTag>().AsNoTracking().Where(t => t.CourseId == id).ToListAsync(cancellationToken);
        var chapters = await scope.BureauOrMine<Chapter>().AsNoTracking().Where(c => c.CourseId == id).ToListAsync(cancellationToken);
        var lessons = await scope.BureauOrMine<Lesson>().AsNoTracking().Where(l => l.CourseId == id).ToListAsync(cancellationToken);
        return course.ToDetail(tags, chapters, lessons, canEdit);
    }

    private IQueryable<Course> Filter(IQueryable<Course> courses, PageRequest page, CourseFilter filter)
    {
        if (page.SearchText is { } text)
        {
            courses = courses.Where(c => c.Title.Contains(text) || (c.Description != null && c.Description.Contains(text)));
        }
        if (filter.Status is { } status)
        {
            courses = courses.Where(c => c.Status == status);
        }
        courses = filter.Owner switch
        {
            CourseOwner.Bureau => courses.Where(c => c.TenantId == null),
            CourseOwner.Town => courses.Where(c => c.TenantId != null && c.OwnerUnitId == null),
            CourseOwner.Enterprise => courses.Where(c => c.OwnerUnitId != null),
            _ => courses,
        };
        if (filter.KeySite is { } site and not Platform.Enterprises.KeySites.None)
        {
            courses = courses.Where(c => (c.KeySites & site) == site);
        }
        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            var tag = filter.Tag.Trim();
            var tagged = scope.BureauOrMine<CourseTag>().Where(t => t.Code == tag).Select(t => t.CourseId);
            courses = courses.Where(c => tagged.Contains(c.Id));
        }
        return courses;
    }
}
