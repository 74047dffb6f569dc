using SafetyPortal.Articles.Commendations.Ranking;
using SafetyPortal.Platform.Commendations;

namespace SafetyPortal.Articles.Tests.Commendations;

public sealed class IndividualRankingTests
{
    private static PersonIndicators Person(string name, decimal hours, decimal score) => new(Guid.NewGuid(), name, Guid.NewGuid(), hours, score);

    [Fact]
    public void Hours_and_best_score_are_scaled_to_the_best_and_weighted()
    {
        var rules = new IndividualRankingRules(HoursWeight: 1, ScoreWeight: 1, MinHours: 0, ListSize: 5);
        var ranked = IndividualRanking.Rank([Person("Reader", 20, 50), Person("Examinee", 10, 100)], rules);
        // Reader: 20/20 and 50/100 → 75; Examinee: 10/20 and 100/100 → 75: a tie shares rank 1, the name orders the display.
        Assert.Equal([("Examinee", 75m, 1), ("Reader", 75m, 1)], ranked.Select(r => (r.Indicators.Name, r.Score, r.Rank!.Value)));
        var hoursFirst = IndividualRanking.Rank([Person("Reader", 20, 50), Person("Examinee", 10, 100)], rules with { HoursWeight = 3 });
        Assert.Equal([("Reader", 87.5m), ("Examinee", 62.5m)], hoursFirst.Select(r => (r.Indicators.Name, r.Score)));
    }

    [Fact]
    public void People_below_the_minimum_hours_are_not_ranked_and_nobody_without_hours_is()
    {
        var rules = new IndividualRankingRules(1, 1, MinHours: 8, ListSize: 5);
        var ranked = IndividualRanking.Rank([Person("Short", 7.5m, 100), Person("Enough", 8, 10)], rules);
        Assert.Equal(("Enough", 1, 100m), (ranked[0].Indicators.Name, ranked[0].Rank!.Value, ranked[0].Score));
        Assert.Equal((ThresholdMiss.Hours, (int?)null), (ranked[1].Misses, ranked[1].Rank));
        Assert.Null(Assert.Single(IndividualRanking.Rank([Person("Idle", 0, 90)], rules with { MinHours = 0 })).Rank);
    }

    [Theory]
    [InlineData(CommendationPeriodKind.Year, 2026, null, "2025-12-31T16:00:00", "2026-12-31T16:00:00")]
    [InlineData(CommendationPeriodKind.Quarter, 2026, 1, "2025-12-31T16:00:00", "2026-03-31T16:00:00")]
    [InlineData(CommendationPeriodKind.Quarter, 2026, 4, "2026-09-30T16:00:00", "2026-12-31T16:00:00")]
    public void Periods_start_and_end_at_midnight_china_time(CommendationPeriodKind kind, int year, int? quarter, string start, string end)
    {
        var period = new CommendationPeriod(kind, year, quarter);
        Assert.True(period.IsValid);
        Assert.Equal((DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture)),
            (period.StartUtc, period.EndUtc));
    }
}
