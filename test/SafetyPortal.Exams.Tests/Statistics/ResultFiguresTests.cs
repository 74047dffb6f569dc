using SafetyPortal.Exams.Statistics;

namespace SafetyPortal.Exams.Tests.Statistics;

public sealed class ResultFiguresTests
{
    private static CandidateResult Result(decimal grade, string? position = null, decimal max = 100, decimal passMark = 60) =>
        new(Guid.NewGuid(), null, null, position, 1, grade, max, grade >= passMark);

    [Fact]
    public void A_full_mark_falls_in_the_last_bucket_and_every_candidate_is_counted_once()
    {
        var buckets = ResultFigures.Distribution([Result(100), Result(0), Result(59.9m), Result(60)]);
        Assert.Equal(10, buckets.Count);
        Assert.Equal((90, 100, 1), (buckets[^1].FromPercent, buckets[^1].ToPercent, buckets[^1].Candidates));
        Assert.Equal(1, buckets[0].Candidates);
        Assert.Equal(1, buckets[5].Candidates);
        Assert.Equal(1, buckets[6].Candidates);
        Assert.Equal(4, buckets.Sum(b => b.Candidates));
    }

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(65m, ResultFigures.Median([90m, 60m, 70m, 10m]));
        Assert.Equal(0m, ResultFigures.Median([]));
    }

    [Fact]
    public void Pass_rates_by_position_leave_out_candidates_without_one_and_list_the_weakest_first()
    {
        var rows = ResultFigures.PassRates([Result(90, "焊工"), Result(30, "焊工"), Result(80, "电工"), Result(10)], r => r.Position, k => k);
        Assert.Equal(["焊工", "电工"], rows.Select(r => r.Name));
        Assert.Equal((2, 1, 50m, 60m), (rows[0].Candidates, rows[0].Passed, rows[0].PassRate, rows[0].MeanGrade));
    }
}
