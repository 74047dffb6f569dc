using SafetyPortal.Platform.Screening;
using SafetyPortal.Risks.Screening.Application;

namespace SafetyPortal.Risks.Tests.Screening;

public sealed class ScreeningCombinationTests
{
    private static readonly Guid A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid();

    private static HashSet<Guid> Set(params Guid[] ids) => [.. ids];

    private static ScreeningMatches Only(params (Guid Id, string Reason)[] matches) =>
        ScreeningMatches.Only(matches.ToDictionary(m => m.Id, m => new ScreeningReason(m.Reason)));

    [Fact]
    public void Only_enterprises_every_condition_matches_are_listed_with_one_reason_per_condition_in_order()
    {
        var combined = ScreeningCombination.Combine([Only((A, "a1"), (B, "b1"), (C, "c1")), Only((B, "b2"), (C, "c2"), (D, "d2")), Only((C, "c3"), (B, "b3"))], null);
        Assert.Equal(Set(B, C), combined.Keys.ToHashSet());
        Assert.Equal(["c1", "c2", "c3"], combined[C].Select(r => r.Text));
    }

    [Fact]
    public void A_condition_matching_nobody_empties_the_result()
    {
        Assert.Empty(ScreeningCombination.Combine([Only((A, "a")), Only()], null));
    }

    [Fact]
    public void A_range_from_zero_matches_enterprises_without_rows_and_rules_out_the_excluded()
    {
        var atMostTwo = ScreeningMatches.AllBut(new Dictionary<Guid, ScreeningReason> { [A] = new("2") }, [B], new ScreeningReason("0"));
        var combined = ScreeningCombination.Combine([Only((A, "x"), (B, "x"), (C, "x")), atMostTwo], null);
        Assert.Equal(Set(A, C), combined.Keys.ToHashSet());
        Assert.Equal("2", combined[A][1].Text);
        Assert.Equal("0", combined[C][1].Text);
    }

    [Fact]
    public void When_no_condition_names_its_matches_every_enterprise_of_the_scope_is_a_candidate()
    {
        var none = ScreeningMatches.AllBut(new Dictionary<Guid, ScreeningReason>(), [B], new ScreeningReason("0"));
        Assert.True(ScreeningCombination.NeedsAllEnterprises([none]));
        Assert.Equal(Set(A, C, D), ScreeningCombination.Combine([none], [A, B, C, D]).Keys.ToHashSet());
        Assert.Throws<ArgumentNullException>(() => ScreeningCombination.Combine([none], null));
    }

    [Fact]
    public void A_count_range_contains_its_bounds_and_knows_whether_zero_matches()
    {
        Assert.True(new ScreeningRange(3, null).Contains(3));
        Assert.False(new ScreeningRange(3, null).IncludesZero);
        Assert.True(new ScreeningRange(null, 2).IncludesZero);
        Assert.False(new ScreeningRange(1, 2).Contains(3));
    }
}
