using SafetyPortal.Articles.Commendations.Ranking;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>The rows of a computed ranking as the API and the pages show them.</summary>
public static class RankingRows
{
    public static IReadOnlyList<RankingEnterpriseDto> Enterprises(RankingResult ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        return [.. ranking.Enterprises.Select(e => new RankingEnterpriseDto(e.Indicators.EnterpriseId, e.Indicators.Name, e.Rank, e.Score,
            e.Rank is { } rank && rank <= ranking.EnterpriseRules.ListSize, e.Excluded,
            e.Indicators.Coverage, e.Indicators.HoursPerHead, e.Indicators.PassRate, e.Indicators.FirstAttemptPassRate, e.Indicators.TimelyCompletion,
            e.Indicators.Staff, e.Indicators.StaffTrained, e.Indicators.Hours, e.Indicators.Candidates, e.Indicators.EnrolmentsDue,
            ReasonsOf(ranking, e.Indicators.EnterpriseId)))];
    }

    public static IReadOnlyList<RankingPersonDto> People(RankingResult ranking)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        return [.. ranking.People.Select(p => new RankingPersonDto(p.Indicators.UserId, p.Indicators.Name, p.Indicators.EnterpriseId,
            ranking.EnterpriseNames.GetValueOrDefault(p.Indicators.EnterpriseId, ""), p.Rank, p.Score,
            p.Rank is { } rank && rank <= ranking.IndividualRules.ListSize, p.Indicators.Hours, p.Indicators.BestScore,
            ReasonsOf(ranking, p.Indicators.UserId)))];
    }

    /// <summary>The indicator values of an enterprise as stored with a list entry.</summary>
    public static IReadOnlyDictionary<string, decimal> IndicatorsOf(RankedEnterprise e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new Dictionary<string, decimal>
        {
            ["coverage"] = e.Indicators.Coverage, ["hoursPerHead"] = e.Indicators.HoursPerHead, ["passRate"] = e.Indicators.PassRate,
            ["firstAttemptPassRate"] = e.Indicators.FirstAttemptPassRate, ["timelyCompletion"] = e.Indicators.TimelyCompletion,
            ["staff"] = e.Indicators.Staff,
        };
    }

    public static IReadOnlyDictionary<string, decimal> IndicatorsOf(RankedPerson p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new Dictionary<string, decimal> { ["hours"] = p.Indicators.Hours, ["bestScore"] = p.Indicators.BestScore };
    }

    private static IReadOnlyList<ExclusionReasonDto> ReasonsOf(RankingResult ranking, Guid id) =>
        [.. ranking.Reasons[id]];
}
