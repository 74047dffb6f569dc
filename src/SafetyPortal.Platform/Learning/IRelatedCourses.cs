namespace SafetyPortal.Platform.Learning;

/// <summary>Published courses on given risk categories, for "related learning" links (articles); implemented by the Learning module.</summary>
public interface IRelatedCourses
{
    /// <summary>
    /// Courses the current user may read (the bureau's, the town's and the own enterprise's) tagged with any of
    /// <paramref name="riskCategoryCodes"/>, those sharing the most categories first, then the newest; at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<RelatedCourse>> FindAsync(IReadOnlyCollection<string> riskCategoryCodes, int limit, CancellationToken cancellationToken = default);
}
