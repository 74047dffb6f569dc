namespace SafetyPortal.Exams.Statistics;

/// <summary>The arithmetic of results: rates, means, medians, the score distribution and pass-rate lines.</summary>
public static class ResultFigures
{
    public const int Buckets = 10;

    public static decimal Rate(int part, int whole) => whole == 0 ? 0m : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero);

    public static decimal Mean(IReadOnlyCollection<decimal> values) =>
        values.Count == 0 ? 0m : Math.Round(values.Average(), 2, MidpointRounding.AwayFromZero);

    public static decimal Median(IReadOnlyCollection<decimal> values)
    {
        if (values.Count == 0)
        {
            return 0m;
        }
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : Math.Round((sorted[middle - 1] + sorted[middle]) / 2, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>Ten buckets of the grade as a share of the maximum: 0–10 %, …, 90–100 % (a full mark falls in the last).</summary>
    public static IReadOnlyList<ScoreBucketDto> Distribution(IReadOnlyCollection<CandidateResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var counts = new int[Buckets];
        foreach (var result in results)
        {
            var share = result.MaxScore <= 0 ? 0m : result.Grade / result.MaxScore;
            counts[Math.Clamp((int)Math.Floor(share * Buckets), 0, Buckets - 1)]++;
        }
        return [.. counts.Select((count, i) => new ScoreBucketDto(i * 100 / Buckets, (i + 1) * 100 / Buckets, count))];
    }

    /// <summary>Pass-rate lines grouped by a key (lines without a key are left out), lowest rate first.</summary>
    public static IReadOnlyList<PassRateRowDto> PassRates(IEnumerable<CandidateResult> results, Func<CandidateResult, string?> key,
        Func<string, string> name) =>
        [.. results.Select(r => (Key: key(r), Result: r)).Where(r => r.Key is not null).GroupBy(r => r.Key!, StringComparer.Ordinal)
            .Select(g => new PassRateRowDto(g.Key, name(g.Key), g.Count(), g.Count(r => r.Result.Passed), Rate(g.Count(r => r.Result.Passed), g.Count()),
                Mean([.. g.Select(r => r.Result.Grade)])))
            .OrderBy(r => r.PassRate).ThenBy(r => r.Name, StringComparer.Ordinal)];
}
