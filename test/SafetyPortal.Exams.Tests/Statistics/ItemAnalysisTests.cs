using SafetyPortal.Exams.Statistics;

namespace SafetyPortal.Exams.Tests.Statistics;

public sealed class ItemAnalysisTests
{
    private static readonly Guid Question = Guid.NewGuid();

    [Fact]
    public void Facility_is_the_mean_share_of_the_points_earned()
    {
        var figures = ItemAnalysis.Analyse([new ItemScore(Question, 2, 2, 10), new ItemScore(Question, 1, 2, 6), new ItemScore(Question, 0, 2, 3)]);
        Assert.Equal(50m, Assert.Single(figures).FacilityIndex);
        Assert.Equal(50m, figures[0].StandardDeviation);
    }

    [Fact]
    public void A_question_the_strong_candidates_get_and_the_weak_miss_discriminates_positively()
    {
        // Rest of the attempt: 8, 5, 3 — the item's score follows it.
        var figures = ItemAnalysis.Analyse([new ItemScore(Question, 2, 2, 10), new ItemScore(Question, 1, 2, 6), new ItemScore(Question, 0, 2, 3)]);
        Assert.True(figures[0].DiscriminationIndex > 90m);
    }

    [Fact]
    public void A_question_only_the_weak_get_right_discriminates_negatively()
    {
        var figures = ItemAnalysis.Analyse([new ItemScore(Question, 0, 1, 9), new ItemScore(Question, 1, 1, 2), new ItemScore(Question, 1, 1, 3)]);
        Assert.True(figures[0].DiscriminationIndex < 0m);
    }

    [Fact]
    public void A_question_everyone_gets_right_or_a_single_attempt_has_no_discrimination()
    {
        Assert.Null(ItemAnalysis.Analyse([new ItemScore(Question, 1, 1, 5), new ItemScore(Question, 1, 1, 2)])[0].DiscriminationIndex);
        Assert.Null(ItemAnalysis.Analyse([new ItemScore(Question, 1, 1, 5)])[0].DiscriminationIndex);
    }

    [Fact]
    public void Correlation_of_a_perfectly_inverse_series_is_minus_one()
    {
        Assert.Equal(-1d, ItemAnalysis.Correlation([1, 2, 3], [6, 4, 2])!.Value, 9);
    }
}
