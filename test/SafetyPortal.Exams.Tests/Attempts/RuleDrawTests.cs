using SafetyPortal.Exams.Papers;

namespace SafetyPortal.Exams.Tests.Attempts;

public sealed class RuleDrawTests
{
    private static List<Guid> Ids(int count) => Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();

    [Fact]
    public void Each_rule_draws_its_count_of_distinct_questions_from_its_pool()
    {
        var a = Ids(10);
        var b = Ids(5);
        var result = RuleDraw.Draw([(3, a), (5, b)], [], new Random(7));
        Assert.True(result.Satisfied);
        Assert.Equal(3, result.Drawn[0].Count);
        Assert.Subset(a.ToHashSet(), result.Drawn[0].ToHashSet());
        Assert.Equal(b.ToHashSet(), result.Drawn[1].ToHashSet());
    }

    [Fact]
    public void A_broad_rule_leaves_a_narrow_rule_the_questions_it_needs()
    {
        var narrow = Ids(3);
        var broad = narrow.Concat(Ids(2)).ToList();
        for (var seed = 0; seed < 20; seed++)
        {
            var result = RuleDraw.Draw([(2, broad), (3, narrow)], [], new Random(seed));
            Assert.True(result.Satisfied);
            Assert.Equal(5, result.Drawn.SelectMany(d => d).Distinct().Count());
        }
    }

    [Fact]
    public void A_rule_the_pool_cannot_satisfy_is_named_with_what_it_needs_and_what_is_left()
    {
        var shared = Ids(4);
        var result = RuleDraw.Draw([(2, Ids(5)), (3, shared), (2, shared)], [], random: null);
        Assert.False(result.Satisfied);
        var shortfall = Assert.Single(result.Shortfalls);
        Assert.Equal(2, shortfall.Needed);
        Assert.Equal(1, shortfall.Available);
    }

    [Fact]
    public void The_same_question_in_two_pools_is_drawn_once()
    {
        var pool = Ids(4);
        var result = RuleDraw.Draw([(2, pool), (2, pool)], [], new Random(1));
        Assert.True(result.Satisfied);
        Assert.Equal(4, result.Drawn.SelectMany(d => d).Distinct().Count());
    }
}
