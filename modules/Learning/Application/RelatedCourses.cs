using Microsoft.EntityFrameworkCore;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Learning.Application;

/// <summary>Published courses on given risk categories, through the same visibility as the catalogue.</summary>
public sealed class RelatedCourses(CourseScope scope) : IRelatedCourses
{
    public async Task<IReadOnlyList<RelatedCourse>> FindAsync(IReadOnlyCollection<string> riskCategoryCodes, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(riskCategoryCodes);
        if (riskCategoryCodes.Count == 0 || limit <= 0)
        {
            return [];
        }
        var codes = riskCategoryCodes.Distinct().ToList();
        var courses = await scope.PublishedAsync(cancellationToken);
        var rows = await courses
            .Select(c => new
            {
                c.Id, c.Title, c.CreditHours, c.PublishedTime,
                Shared = c.Tags.Count(t => t.Kind == CourseTagKind.RiskCategory && codes.Contains(t.Code)),
            })
            .Where(c => c.Shared > 0)
            .OrderByDescending(c => c.Shared).ThenByDescending(c => c.PublishedTime).ThenBy(c => c.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(c => new RelatedCourse(c.Id, c.Title, c.CreditHours, $"/Learning/Catalogue/Course/{c.Id}"))];
    }
}
