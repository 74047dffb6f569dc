using SafetyPortal.Exams.Statistics;

namespace SafetyPortal.Exams.Tests.Statistics;

public sealed class ItemAnalysisTests
{
    /// <summary>The sums the database would compute over (share of the question's points, rest of the attempt) pairs.</summary>
    private static ItemFigures Of(params (double Share, double Others)[] scores) => ItemAnalysis.FromSums(new ItemSums(Guid.Empty, scores.Length,
        scores.Sum(s => s.Share), scores.Sum(s => s.Share * s.Share), scores.Sum(s => s.Others), scores.Sum(s => s.Others * s.Others),
        scores.Sum(s => s.Share * s.Others)));

    [Fact]
    public void Facility_is_the_mean_share_of_the_points_earned()
    {
        var figures = Of((1, 8), (0.5, 5), (0, 3));
        Assert.Equal((3, 50m, 50m), (figures.Attempts, figures.FacilityIndex, figures.StandardDeviation));
    }

    [Fact]
    public void A_question_the_strong_candidates_get_and_the_weak_miss_discriminates_positively()
    {
        Assert.True(Of((1, 8), (0.5, 5), (0, 3)).DiscriminationIndex > 90m);
        Assert.Equal(100m, Of((1, 4), (0, 1)).DiscriminationIndex);
    }

    [Fact]
    public void A_question_only_the_weak_get_right_discriminates_negatively()
    {
        Assert.Equal(-100m, Math.Round(Of((0, 9), (1, 2), (1, 2)).DiscriminationIndex!.Value));
    }

    [Fact]
    public void A_question_everyone_gets_right_or_a_single_attempt_has_no_discrimination()
    {
        Assert.Null(Of((1, 5), (1, 2)).DiscriminationIndex);
        Assert.Null(Of((1, 5)).DiscriminationIndex);
        // Many equal values: rounding noise in the sums is not taken for a spread.
        Assert.Null(Of([.. Enumerable.Repeat((0.1, 3.3), 10_000)]).DiscriminationIndex);
    }
}
