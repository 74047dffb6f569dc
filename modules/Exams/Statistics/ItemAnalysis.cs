namespace SafetyPortal.Exams.Statistics;

/// <summary>Facility and discrimination per question (<see cref="ItemFigures"/>), from the scores of first attempts.</summary>
public static class ItemAnalysis
{
    public static IReadOnlyList<ItemFigures> Analyse(IEnumerable<ItemScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return [.. scores.GroupBy(s => s.QuestionId).Select(Figures)];
    }

    private static ItemFigures Figures(IGrouping<Guid, ItemScore> item)
    {
        var shares = item.Select(s => s.Points <= 0 ? 0d : (double)(s.Score / s.Points)).ToList();
        var rest = item.Select(s => (double)(s.AttemptTotal - s.Score)).ToList();
        var mean = shares.Average();
        var deviation = shares.Count < 2 ? 0d : Math.Sqrt(shares.Sum(x => (x - mean) * (x - mean)) / (shares.Count - 1));
        return new ItemFigures(item.Key, shares.Count, Percent(mean), Percent(deviation), Correlation(shares, rest) is { } r ? Percent(r) : null);
    }

    /// <summary>Pearson's r of two series of equal length; null with fewer than two pairs or when either does not vary.</summary>
    public static double? Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count || x.Count < 2)
        {
            return null;
        }
        var meanX = x.Average();
        var meanY = y.Average();
        double covariance = 0, varianceX = 0, varianceY = 0;
        for (var i = 0; i < x.Count; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            covariance += dx * dy;
            varianceX += dx * dx;
            varianceY += dy * dy;
        }
        return varianceX <= 1e-12 || varianceY <= 1e-12 ? null : covariance / Math.Sqrt(varianceX * varianceY);
    }

    private static decimal Percent(double share) => Math.Round((decimal)(share * 100), 2, MidpointRounding.AwayFromZero);
}
