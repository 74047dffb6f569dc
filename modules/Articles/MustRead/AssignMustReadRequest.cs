using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Articles.MustRead;

/// <summary>
/// Assign a published article as required reading. Town staff name a unit subtree of the town (an enterprise or a
/// workshop) or nothing (the whole town); an enterprise's safety manager always assigns to their own enterprise.
/// </summary>
/// <param name="Audience">The groups, as on a training plan (None: everyone reached).</param>
/// <param name="CreditHours">学时 for reading it to the end, 0 to 8 in steps of 0.01; null or 0: none.</param>
/// <param name="Deadline">Read by (UTC, in the future); null: no deadline.</param>
public sealed record AssignMustReadRequest(
    Guid? ArticleId,
    Guid? OrganizationUnitId,
    TrainingAudience Audience,
    decimal? CreditHours,
    DateTime? Deadline);
