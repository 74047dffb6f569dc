namespace SafetyPortal.Articles.Commendations.Ranking;

/// <summary>The arithmetic both rankings share: weighted scores of values scaled to the best one, and competition ranks.</summary>
internal static class ScoreArithmetic
{
    /// <summary>
    /// 0–100: each value divided by the best of its column (0 when the best is 0), weighted in proportion to the weights'
    /// sum (all weights 0: every score 0), two decimals.
    /// </summary>
    public static decimal Score(IReadOnlyList<decimal> values, IReadOnlyList<decimal> best, IReadOnlyList<decimal> weights)
    {
        var total = weights.Sum(w => Math.Max(0, w));
        if (total == 0)
        {
            return 0;
        }
        decimal sum = 0;
        for (var i = 0; i < values.Count; i++)
        {
            sum += best[i] <= 0 ? 0 : Math.Max(0, weights[i]) * Math.Min(1, values[i] / best[i]);
        }
        return decimal.Round(100 * sum / total, 2);
    }

    /// <summary>The best value of each column among <paramref name="rows"/>.</summary>
    public static IReadOnlyList<decimal> Best(IReadOnlyCollection<IReadOnlyList<decimal>> rows, int columns) =>
        [.. Enumerable.Range(0, columns).Select(i => rows.Count == 0 ? 0 : rows.Max(r => r[i]))];

    /// <summary>Competition ranks of scores sorted from the best: equal scores share the rank, the next rank skips.</summary>
    public static IReadOnlyList<int> Ranks(IReadOnlyList<decimal> sortedScores)
    {
        var ranks = new int[sortedScores.Count];
        for (var i = 0; i < sortedScores.Count; i++)
        {
            ranks[i] = i > 0 && sortedScores[i] == sortedScores[i - 1] ? ranks[i - 1] : i + 1;
        }
        return ranks;
    }
}
