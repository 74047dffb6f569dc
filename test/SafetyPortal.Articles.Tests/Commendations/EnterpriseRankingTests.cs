using SafetyPortal.Articles.Commendations.Ranking;

namespace SafetyPortal.Articles.Tests.Commendations;

public sealed class EnterpriseRankingTests
{
    private static readonly EnterpriseRankingRules NoThresholds = new(new EnterpriseWeights(1, 1, 1, 1, 1), 1, 0, 0, 10);

    /// <summary>An enterprise of 10 staff: trained people, hours, exam candidates (passed, first time) and enrolments due (on time).</summary>
    private static EnterpriseIndicators Enterprise(string name, int trained = 10, decimal hours = 100, int candidates = 10, int passed = 10,
        int first = 10, int due = 10, int onTime = 10, int staff = 10) =>
        new(Guid.NewGuid(), name, staff, trained, hours, due, onTime, candidates, passed, first);

    [Fact]
    public void Indicators_are_percentages_and_hours_per_head_and_zero_without_a_denominator()
    {
        var e = Enterprise("A", trained: 8, hours: 125, candidates: 4, passed: 3, first: 1, due: 3, onTime: 2);
        Assert.Equal((80m, 12.5m, 75m, 25m, 66.67m), (e.Coverage, e.HoursPerHead, e.PassRate, e.FirstAttemptPassRate, e.TimelyCompletion));
        var empty = new EnterpriseIndicators(Guid.NewGuid(), "B", 0, 0, 0, 0, 0, 0, 0, 0);
        Assert.All(empty.Values, v => Assert.Equal(0m, v));
    }

    [Fact]
    public void The_best_of_every_indicator_scores_100_and_others_their_share_of_the_best()
    {
        var best = Enterprise("Best");
        var half = Enterprise("Half", trained: 5, hours: 50, passed: 5, first: 5, onTime: 5);
        var ranked = EnterpriseRanking.Rank([half, best], NoThresholds, new HashSet<Guid>());
        Assert.Equal(["Best", "Half"], ranked.Select(r => r.Indicators.Name));
        Assert.Equal([100m, 50m], ranked.Select(r => r.Score));
        Assert.Equal([1, 2], ranked.Select(r => r.Rank!.Value));
    }

    [Fact]
    public void Weights_count_in_proportion_so_the_heavier_indicator_decides()
    {
        var trainsAll = Enterprise("TrainsAll", passed: 5, first: 5);
        var passesAll = Enterprise("PassesAll", trained: 5);
        var coverageFirst = new EnterpriseRankingRules(new EnterpriseWeights(3, 0, 1, 0, 0), 1, 0, 0, 10);
        Assert.Equal("TrainsAll", EnterpriseRanking.Rank([trainsAll, passesAll], coverageFirst, new HashSet<Guid>())[0].Indicators.Name);
        // Coverage 3 × 100% + pass rate 1 × 50% of 4 = 87.5; the other 3 × 50% + 1 × 100% of 4 = 62.5.
        Assert.Equal([87.5m, 62.5m], EnterpriseRanking.Rank([trainsAll, passesAll], coverageFirst, new HashSet<Guid>()).Select(r => r.Score));
        var passFirst = coverageFirst with { Weights = new EnterpriseWeights(1, 0, 3, 0, 0) };
        Assert.Equal("PassesAll", EnterpriseRanking.Rank([trainsAll, passesAll], passFirst, new HashSet<Guid>())[0].Indicators.Name);
    }

    [Fact]
    public void Equal_scores_share_a_rank_and_the_next_rank_is_skipped()
    {
        var ranked = EnterpriseRanking.Rank([Enterprise("C", trained: 5), Enterprise("B"), Enterprise("A"), Enterprise("D", trained: 1)],
            NoThresholds, new HashSet<Guid>());
        Assert.Equal([("A", 1), ("B", 1), ("C", 3), ("D", 4)], ranked.Select(r => (r.Indicators.Name, r.Rank!.Value)));
    }

    [Fact]
    public void Thresholds_keep_an_enterprise_out_of_the_ranking_and_out_of_the_best_values()
    {
        var rules = new EnterpriseRankingRules(new EnterpriseWeights(1, 1, 0, 0, 0), MinStaff: 5, MinCoverage: 60, MinPassRate: 50, ListSize: 10);
        var small = Enterprise("Small", staff: 3, trained: 3, hours: 900);
        var untrained = Enterprise("Untrained", trained: 5);
        var failing = Enterprise("Failing", passed: 4);
        var good = Enterprise("Good", hours: 60);
        var ranked = EnterpriseRanking.Rank([small, untrained, failing, good], rules, new HashSet<Guid>());
        var first = ranked[0];
        Assert.Equal(("Good", 1, 100m), (first.Indicators.Name, first.Rank!.Value, first.Score));
        Assert.Equal(ThresholdMiss.Staff, ranked.Single(r => r.Indicators.Name == "Small").Misses);
        Assert.Equal(ThresholdMiss.Coverage, ranked.Single(r => r.Indicators.Name == "Untrained").Misses);
        Assert.Equal(ThresholdMiss.PassRate, ranked.Single(r => r.Indicators.Name == "Failing").Misses);
        Assert.All(ranked.Skip(1), r => Assert.Null(r.Rank));
    }

    [Fact]
    public void An_excluded_enterprise_keeps_its_score_but_gets_no_rank_and_the_next_moves_up()
    {
        var top = Enterprise("Top");
        var second = Enterprise("Second", trained: 5);
        var ranked = EnterpriseRanking.Rank([top, second], NoThresholds, new HashSet<Guid> { top.EnterpriseId });
        Assert.Equal(("Second", 1), (ranked[0].Indicators.Name, ranked[0].Rank!.Value));
        var excluded = ranked.Single(r => r.Excluded);
        Assert.Equal(("Top", (int?)null, 100m), (excluded.Indicators.Name, excluded.Rank, excluded.Score));
    }

    [Fact]
    public void Zero_weights_or_nobody_with_data_score_zero_without_dividing_by_zero()
    {
        var zero = new EnterpriseRankingRules(new EnterpriseWeights(0, 0, 0, 0, 0), 1, 0, 0, 10);
        Assert.All(EnterpriseRanking.Rank([Enterprise("A"), Enterprise("B")], zero, new HashSet<Guid>()), r => Assert.Equal(0m, r.Score));
        var idle = Enterprise("Idle", trained: 0, hours: 0, candidates: 0, passed: 0, first: 0, due: 0, onTime: 0);
        var only = Assert.Single(EnterpriseRanking.Rank([idle], NoThresholds, new HashSet<Guid>()));
        Assert.Equal((0m, 1), (only.Score, only.Rank!.Value));
    }
}
