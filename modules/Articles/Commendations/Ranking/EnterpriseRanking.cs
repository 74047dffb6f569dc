namespace SafetyPortal.Articles.Commendations.Ranking;

/// <summary>
/// Ranks enterprises: those below a threshold are not ranked; the others are scored against the best of each indicator
/// among themselves; enterprises an exclusion rule names keep their score but get no rank. Order: ranked by score (name
/// breaks ties for display), then excluded, then those below a threshold.
/// </summary>
public static class EnterpriseRanking
{
    public static IReadOnlyList<RankedEnterprise> Rank(IReadOnlyCollection<EnterpriseIndicators> enterprises, EnterpriseRankingRules rules,
        IReadOnlySet<Guid> excluded)
    {
        ArgumentNullException.ThrowIfNull(enterprises);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(excluded);
        var eligible = enterprises.Where(e => MissesOf(e, rules) == ThresholdMiss.None).ToList();
        var best = ScoreArithmetic.Best([.. eligible.Select(e => e.Values)], rules.Weights.Values.Count);
        var scored = eligible.Select(e => (Indicators: e, Score: ScoreArithmetic.Score(e.Values, best, rules.Weights.Values)))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Indicators.Name, StringComparer.Ordinal).ToList();
        var ranked = scored.Where(s => !excluded.Contains(s.Indicators.EnterpriseId)).ToList();
        var ranks = ScoreArithmetic.Ranks([.. ranked.Select(s => s.Score)]);
        return [
            .. ranked.Select((s, i) => new RankedEnterprise(s.Indicators, s.Score, ranks[i], ThresholdMiss.None, false)),
            .. scored.Where(s => excluded.Contains(s.Indicators.EnterpriseId)).Select(s => new RankedEnterprise(s.Indicators, s.Score, null, ThresholdMiss.None, true)),
            .. enterprises.Where(e => MissesOf(e, rules) != ThresholdMiss.None).OrderBy(e => e.Name, StringComparer.Ordinal)
                .Select(e => new RankedEnterprise(e, 0, null, MissesOf(e, rules), excluded.Contains(e.EnterpriseId))),
        ];
    }

    public static ThresholdMiss MissesOf(EnterpriseIndicators enterprise, EnterpriseRankingRules rules)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        ArgumentNullException.ThrowIfNull(rules);
        var misses = ThresholdMiss.None;
        if (enterprise.Staff < Math.Max(1, rules.MinStaff))
        {
            misses |= ThresholdMiss.Staff;
        }
        if (enterprise.Coverage < rules.MinCoverage)
        {
            misses |= ThresholdMiss.Coverage;
        }
        if (enterprise.PassRate < rules.MinPassRate)
        {
            misses |= ThresholdMiss.PassRate;
        }
        return misses;
    }
}
