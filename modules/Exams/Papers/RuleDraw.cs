namespace SafetyPortal.Exams.Papers;

/// <summary>
/// Draws distinct questions for a paper's rules from each rule's pool of matching question ids. The rules with the
/// smallest pools draw first, so a broad rule never takes the questions a narrow one needs; validation runs the same
/// allocation, so a paper that validates can always be drawn.
/// </summary>
public static class RuleDraw
{
    /// <summary>The drawn ids per rule (in rule order), or the shortfall per rule: (index, needed, available).</summary>
    public static RuleDrawResult Draw(IReadOnlyList<(int Count, IReadOnlyList<Guid> Pool)> rules, IEnumerable<Guid> taken, Random? random)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var used = new HashSet<Guid>(taken);
        var drawn = new List<Guid>[rules.Count];
        var shortfalls = new List<RuleShortfall>();
        foreach (var index in Enumerable.Range(0, rules.Count).OrderBy(i => rules[i].Pool.Count))
        {
            var free = rules[index].Pool.Where(id => !used.Contains(id)).Distinct().ToList();
            if (free.Count < rules[index].Count)
            {
                shortfalls.Add(new RuleShortfall(index, rules[index].Count, free.Count));
                drawn[index] = [];
                continue;
            }
            if (random is not null)
            {
                Shuffle(free, random);
            }
            drawn[index] = free.Take(rules[index].Count).ToList();
            used.UnionWith(drawn[index]);
        }
        return new RuleDrawResult(drawn, shortfalls.OrderBy(s => s.RuleIndex).ToList());
    }

    public static void Shuffle<T>(IList<T> items, Random random)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(random);
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
