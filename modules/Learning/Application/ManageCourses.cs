using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Identity;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Learning.Application;

/// <summary>Writing a course: its fields and tags, publishing and withdrawing it, deleting a draft.</summary>
public sealed class ManageCourses(PortalDbContext db, CourseScope scope, SignedInUser user, IEnterpriseDirectory directory,
    ReadCourses read, TimeProvider clock, IStringLocalizer<LearningResource> text)
{
    public const int MaxTagsPerKind = 50;

    public async Task<CourseDetailDto> CreateAsync(SaveCourseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var course = new Course { TenantId = user.TenantId, OwnerUnitId = await OwnerAsync(request.OwnerUnitId, errors, cancellationToken) };
        Apply(course, request, errors);
        errors.ThrowIfAny();
        db.Add(course);
        await db.SaveChangesAsync(cancellationToken);
        return await read.GetAsync(course.Id, cancellationToken);
    }

    public async Task<CourseDetailDto> UpdateAsync(Guid id, SaveCourseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var course = await scope.FindEditableAsync(id, cancellationToken, withContent: true);
        db.Entry(course).Property(c => c.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        var errors = new ValidationErrors();
        Apply(course, request, errors);
        errors.ThrowIfAny();
        await db.SaveChangesAsync(cancellationToken);
        return await read.GetAsync(id, cancellationToken);
    }

    public async Task<CourseDetailDto> PublishAsync(Guid id, bool publish, CancellationToken cancellationToken)
    {
        var course = await scope.FindEditableAsync(id, cancellationToken, withContent: true);
        if (publish && course.Status != CourseStatus.Published)
        {
            var lessons = course.Chapters.SelectMany(c => c.Lessons).ToList();
            if (lessons.Count == 0)
            {
                throw ValidationException.For("Chapters", text["CourseHasNoLessons"]);
            }
            var missing = lessons.FirstOrDefault(l => l.Kind != LessonKind.RichText && l.FileId is null);
            if (missing is not null)
            {
                throw ValidationException.For("Chapters", text["LessonFileMissing", missing.Title]);
            }
            course.Status = CourseStatus.Published;
            course.PublishedTime = clock.GetUtcNow().UtcDateTime;
        }
        else if (!publish)
        {
            course.Status = CourseStatus.Draft;
        }
        await db.SaveChangesAsync(cancellationToken);
        return await read.GetAsync(id, cancellationToken);
    }

    /// <summary>Deletes a draft with its chapters and lessons; a published course is withdrawn first (learners' records stay).</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var course = await scope.FindEditableAsync(id, cancellationToken, withContent: true);
        if (course.Status == CourseStatus.Published)
        {
            throw ValidationException.For("Status", text["CoursePublishedCannotDelete"]);
        }
        db.Remove(course);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Guid?> OwnerAsync(Guid? requested, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (user.TenantId is null)
        {
            if (requested is not null)
            {
                errors.Add(nameof(SaveCourseRequest.OwnerUnitId), text["BureauCourseHasNoEnterprise"]);
            }
            return null;
        }
        var visible = await user.VisibleEnterprisesAsync(cancellationToken);
        if (requested is null)
        {
            if (visible is null)
            {
                return null;
            }
            if (visible.Count == 1)
            {
                return visible[0];
            }
            errors.Add(nameof(SaveCourseRequest.OwnerUnitId), text["FieldRequired"]);
            return null;
        }
        var known = visible is null
            ? (await directory.GetAsync([requested.Value], cancellationToken)).ContainsKey(requested.Value)
            : visible.Contains(requested.Value);
        if (!known)
        {
            errors.Add(nameof(SaveCourseRequest.OwnerUnitId), text["EnterpriseUnknown"]);
        }
        return requested;
    }

    private void Apply(Course course, SaveCourseRequest request, ValidationErrors errors)
    {
        course.Title = LessonValidation.Text(request.Title, Course.MaxTitleLength, nameof(SaveCourseRequest.Title), required: true, errors, text) ?? "";
        course.Description = LessonValidation.Text(request.Description, Course.MaxDescriptionLength, nameof(SaveCourseRequest.Description),
            required: false, errors, text);
        if ((request.KeySites & ~KeySitesAll) != 0)
        {
            errors.Add(nameof(SaveCourseRequest.KeySites), text["ValueUnknown"]);
        }
        course.KeySites = request.KeySites & KeySitesAll;
        var wanted = Tags(request.RiskCategories, CourseTagKind.RiskCategory, nameof(SaveCourseRequest.RiskCategories), errors)
            .Concat(Tags(request.Industries, CourseTagKind.Industry, nameof(SaveCourseRequest.Industries), errors))
            .Concat(Tags(request.Positions, CourseTagKind.Position, nameof(SaveCourseRequest.Positions), errors)).ToHashSet();
        course.Tags.RemoveAll(t => !wanted.Contains((t.Kind, t.Code)));
        foreach (var (kind, code) in wanted.Where(w => !course.Tags.Any(t => t.Kind == w.Kind && t.Code == w.Code)))
        {
            course.Tags.Add(new CourseTag { TenantId = course.TenantId, Kind = kind, Code = code });
        }
    }

    private static readonly KeySites KeySitesAll = Enum.GetValues<KeySites>().Aggregate(KeySites.None, (a, b) => a | b);

    private List<(CourseTagKind Kind, string Code)> Tags(IReadOnlyList<string>? codes, CourseTagKind kind, string field, ValidationErrors errors)
    {
        var list = (codes ?? []).Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > MaxTagsPerKind)
        {
            errors.Add(field, text["TooManyTags", MaxTagsPerKind]);
        }
        foreach (var code in list.Where(c => c.Length > CourseTag.MaxCodeLength))
        {
            errors.Add(field, text["TagTooLong", code[..20], CourseTag.MaxCodeLength]);
        }
        return [.. list.Where(c => c.Length <= CourseTag.MaxCodeLength).Select(c => (kind, c))];
    }
}
