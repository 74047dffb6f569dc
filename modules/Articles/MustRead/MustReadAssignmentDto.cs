using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Articles.MustRead;

/// <summary>
/// One assignment as a manager sees it: whom it reached and how many of them (in the manager's enterprises, for
/// enterprise staff) have read the article to the end.
/// </summary>
public sealed record MustReadAssignmentDto(
    Guid Id,
    Guid ArticleId,
    string ArticleTitle,
    bool IsEnterprises,
    string? OrganizationUnitCode,
    TrainingAudience Audience,
    decimal CreditHours,
    DateTime? Deadline,
    DateTime AssignedTime,
    int Recipients,
    int Read);
