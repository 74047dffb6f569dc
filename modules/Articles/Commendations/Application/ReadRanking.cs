using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Commendations;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>A page of the town's ranking for a period (enterprises or people), computed on demand.</summary>
public sealed class ReadRanking(ComputeRanking ranking)
{
    public async Task<PagedResult<RankingEnterpriseDto>> EnterprisesAsync(CommendationPeriod period, PageRequest page, CancellationToken cancellationToken = default) =>
        PageOf(RankingRows.Enterprises(await ranking.RankAsync(period, cancellationToken)), page);

    public async Task<PagedResult<RankingPersonDto>> PeopleAsync(CommendationPeriod period, PageRequest page, CancellationToken cancellationToken = default) =>
        PageOf(RankingRows.People(await ranking.RankAsync(period, cancellationToken)), page);

    /// <summary>The first page of both from one computation (the ranking page shows them together).</summary>
    public async Task<(PagedResult<RankingEnterpriseDto> Enterprises, PagedResult<RankingPersonDto> People)> BothAsync(CommendationPeriod period,
        PageRequest page, CancellationToken cancellationToken = default)
    {
        var result = await ranking.RankAsync(period, cancellationToken);
        return (PageOf(RankingRows.Enterprises(result), page), PageOf(RankingRows.People(result), page));
    }

    private static PagedResult<T> PageOf<T>(IReadOnlyList<T> rows, PageRequest page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new PagedResult<T>([.. rows.Skip(page.Skip).Take(page.SafePageSize)], rows.Count, page.SafePage, page.SafePageSize);
    }
}
