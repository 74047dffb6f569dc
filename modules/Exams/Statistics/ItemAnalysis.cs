namespace SafetyPortal.Exams.Statistics;

/// <summary>Facility and discrimination of a question (<see cref="ItemFigures"/>) from the sums over its first attempts.</summary>
public static class ItemAnalysis
{
    public static ItemFigures FromSums(ItemSums sums)
    {
        ArgumentNullException.ThrowIfNull(sums);
        var n = (double)sums.Count;
        var mean = n == 0 ? 0 : sums.SumX / n;
        var spreadX = (n * sums.SumXX) - (sums.SumX * sums.SumX);
        var spreadY = (n * sums.SumYY) - (sums.SumY * sums.SumY);
        var deviation = n < 2 ? 0 : Math.Sqrt(Math.Max(0, spreadX / (n * (n - 1))));
        // Relative tolerance: sums of many equal values leave rounding noise where the spread is really zero.
        double? r = n < 2 || spreadX <= 1e-9 * Math.Max(1, n * sums.SumXX) || spreadY <= 1e-9 * Math.Max(1, n * sums.SumYY)
            ? null
            : ((n * sums.SumXY) - (sums.SumX * sums.SumY)) / Math.Sqrt(spreadX * spreadY);
        return new ItemFigures(sums.QuestionId, sums.Count, Percent(mean), Percent(deviation), r is { } value ? Percent(Math.Clamp(value, -1, 1)) : null);
    }

    private static decimal Percent(double share) => Math.Round((decimal)(share * 100), 2, MidpointRounding.AwayFromZero);
}
