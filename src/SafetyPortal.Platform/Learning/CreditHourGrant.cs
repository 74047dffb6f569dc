namespace SafetyPortal.Platform.Learning;

/// <summary>
/// Credit hours one user earned from one source.
/// </summary>
/// <param name="UserId">Who earned them; the entry belongs to the current town.</param>
/// <param name="Hours">学时, positive, two decimals.</param>
/// <param name="Source">What earned them.</param>
/// <param name="SourceId">The lesson, article, exam or record; (user, source, source id) is recorded once.</param>
/// <param name="Title">What the person sees in their ledger, e.g. the lesson's or article's title.</param>
/// <param name="CourseId">The course, for lessons; null otherwise.</param>
public sealed record CreditHourGrant(Guid UserId, decimal Hours, CreditHourSource Source, Guid SourceId, string Title, Guid? CourseId = null);
