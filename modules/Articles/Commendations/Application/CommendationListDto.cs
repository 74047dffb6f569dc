using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Commendations;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>A commendation list with its entries: enterprises first, then people, each by rank (manual additions after).</summary>
public sealed record CommendationListDto(
    Guid Id,
    Guid? TownId,
    string? TownName,
    string Title,
    CommendationPeriodKind PeriodKind,
    int Year,
    int? Quarter,
    CommendationStatus Status,
    string? ReturnReason,
    DateTime? ProposedTime,
    DateTime? DecidedTime,
    DateTime? PublishedTime,
    IReadOnlyList<CommendationEntryDto> Entries,
    string ConcurrencyStamp)
{
    public static CommendationListDto From(CommendationList list, string? townName, bool publishedOnly = false)
    {
        ArgumentNullException.ThrowIfNull(list);
        var entries = list.Entries.Where(e => !publishedOnly || !e.Excluded)
            .OrderBy(e => e.Kind).ThenBy(e => e.Rank ?? int.MaxValue).ThenBy(e => e.Name, StringComparer.Ordinal);
        return new(list.Id, list.TenantId, townName, list.Title, list.PeriodKind, list.Year, list.Quarter, list.Status, list.ReturnReason,
            list.ProposedTime, list.DecidedTime, list.PublishedTime, [.. entries.Select(CommendationEntryDto.From)], list.ConcurrencyStamp);
    }
}
