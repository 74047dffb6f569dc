namespace SafetyPortal.Articles.Commendations.Ranking;

/// <summary>
/// Ranks people with at least the minimum hours by hours and best score, each scaled to the best among them; the rest
/// follow unranked. Name breaks ties for display only.
/// </summary>
public static class IndividualRanking
{
    public static IReadOnlyList<RankedPerson> Rank(IReadOnlyCollection<PersonIndicators> people, IndividualRankingRules rules)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(rules);
        var eligible = people.Where(p => IsEligible(p, rules)).ToList();
        var best = ScoreArithmetic.Best([.. eligible.Select(p => p.Values)], rules.Weights.Count);
        var scored = eligible.Select(p => (Person: p, Score: ScoreArithmetic.Score(p.Values, best, rules.Weights)))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Person.Name, StringComparer.Ordinal).ToList();
        var ranks = ScoreArithmetic.Ranks([.. scored.Select(s => s.Score)]);
        return [
            .. scored.Select((s, i) => new RankedPerson(s.Person, s.Score, ranks[i], ThresholdMiss.None)),
            .. people.Where(p => !IsEligible(p, rules)).OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => new RankedPerson(p, 0, null, ThresholdMiss.Hours)),
        ];
    }

    /// <summary>Hours of at least the minimum, and some hours at all (a minimum of 0 does not rank people who did nothing).</summary>
    private static bool IsEligible(PersonIndicators person, IndividualRankingRules rules) => person.Hours >= rules.MinHours && person.Hours > 0;
}
