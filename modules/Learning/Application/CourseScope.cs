using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Learning.Application;

/// <summary>
/// Which courses the user reaches. Readers see published courses of the bureau (TenantId null), of their town, and
/// the internal courses of the enterprises they see; authors also see the drafts of the courses they own: the bureau
/// its own on the host, town staff the town's, enterprise staff their enterprise's. The kernel's town filter would hide
/// the bureau's rows from a town, so these reads lift it and put back exactly "bureau or mine".
/// </summary>
public sealed class CourseScope(PortalDbContext db, SignedInUser user)
{
    public IQueryable<T> BureauOrMine<T>() where T : class, IMultiTenant
    {
        var town = user.TenantId;
        return db.Set<T>().IgnoreQueryFilters().Where(e => e.TenantId == null || e.TenantId == town);
    }

    /// <summary>Published courses the user may study.</summary>
    public async Task<IQueryable<Course>> PublishedAsync(CancellationToken cancellationToken)
    {
        var enterprises = await user.VisibleEnterprisesAsync(cancellationToken);
        var courses = BureauOrMine<Course>().Where(c => c.Status == CourseStatus.Published);
        return enterprises is null ? courses : courses.Where(c => c.OwnerUnitId == null || enterprises.Contains(c.OwnerUnitId.Value));
    }

    /// <summary>Courses the user may write: the current side's own, for enterprise staff their enterprises' only.</summary>
    public async Task<IQueryable<Course>> EditableAsync(CancellationToken cancellationToken)
    {
        var enterprises = await user.VisibleEnterprisesAsync(cancellationToken);
        var town = user.TenantId;
        var courses = db.Set<Course>().IgnoreQueryFilters().Where(c => c.TenantId == town);
        return enterprises is null ? courses : courses.Where(c => c.OwnerUnitId != null && enterprises.Contains(c.OwnerUnitId.Value));
    }

    /// <summary>A course the user may read (published and meant for them, or theirs to edit), else 404.</summary>
    public async Task<Course> FindReadableAsync(Guid id, bool canEdit, CancellationToken cancellationToken)
    {
        var course = await (await PublishedAsync(cancellationToken)).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (course is null && canEdit)
        {
            course = await (await EditableAsync(cancellationToken)).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        }
        return course ?? throw new EntityNotFoundException(typeof(Course), id);
    }

    /// <summary>A course the user may change (tracked): 404 when they cannot see it, 403 when they see but do not own it.</summary>
    public async Task<Course> FindEditableAsync(Guid id, CancellationToken cancellationToken, bool withContent = false)
    {
        var editable = await EditableAsync(cancellationToken);
        if (withContent)
        {
            editable = editable.Include(c => c.Tags).Include(c => c.Chapters).ThenInclude(c => c.Lessons);
        }
        var course = await editable.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (course is not null)
        {
            return course;
        }
        _ = await FindReadableAsync(id, canEdit: false, cancellationToken);
        throw new ForbiddenException("Only the course's owner changes it.");
    }

    /// <summary>A lesson the user may read: of a published course meant for them, or of one they may edit; else 404.</summary>
    public async Task<(Lesson Lesson, Course Course)> FindReadableLessonAsync(Guid lessonId, bool canEdit, CancellationToken cancellationToken)
    {
        var lesson = await BureauOrMine<Lesson>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == lessonId, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Lesson), lessonId);
        try
        {
            return (lesson, await FindReadableAsync(lesson.CourseId, canEdit, cancellationToken));
        }
        catch (EntityNotFoundException)
        {
            throw new EntityNotFoundException(typeof(Lesson), lessonId);
        }
    }

    /// <summary>A lesson of a published course the user may study, else 404.</summary>
    public async Task<(Lesson Lesson, Course Course)> FindStudyableLessonAsync(Guid lessonId, CancellationToken cancellationToken)
    {
        var lesson = await BureauOrMine<Lesson>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == lessonId, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Lesson), lessonId);
        var course = await (await PublishedAsync(cancellationToken)).AsNoTracking().FirstOrDefaultAsync(c => c.Id == lesson.CourseId, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Lesson), lessonId);
        return (lesson, course);
    }
}
