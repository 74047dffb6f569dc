using System.Linq.Expressions;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Commendations;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>A line of a list of commendation lists.</summary>
public sealed record CommendationListSummaryDto(
    Guid Id,
    Guid? TownId,
    string? TownName,
    string Title,
    CommendationPeriodKind PeriodKind,
    int Year,
    int? Quarter,
    CommendationStatus Status,
    DateTime? ProposedTime,
    DateTime? PublishedTime)
{
    public static Expression<Func<CommendationList, CommendationListSummaryDto>> Projection { get; } = l =>
        new CommendationListSummaryDto(l.Id, l.TenantId, null, l.Title, l.PeriodKind, l.Year, l.Quarter, l.Status, l.ProposedTime, l.PublishedTime);
}
