namespace SafetyPortal.Exams.Papers;

/// <summary>
/// 规则校验: whether the bank can satisfy each rule of a rule-based paper before it is saved (the editor's "check" and
/// <c>POST /api/exams/papers/check-rules</c>); the same pools and allocation as saving and drawing use.
/// </summary>
public sealed class CheckPaperRules(PaperPools pools)
{
    public async Task<IReadOnlyList<RuleCheckDto>> CheckAsync(IReadOnlyList<PaperRuleRequest> rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var stored = rules.Take(Paper.MaxItems)
            .Select((r, i) => (r with { Count = Math.Clamp(r.Count, 0, PaperRule.MaxCount) }).ToRule(null, Guid.Empty, i)).ToList();
        var matching = await pools.PoolsAsync(stored, null, null, cancellationToken);
        var shortfalls = RuleDraw.Draw(matching, [], random: null).Shortfalls.ToDictionary(s => s.RuleIndex);
        return [.. matching.Select((pool, i) => shortfalls.TryGetValue(i, out var shortfall)
            ? new RuleCheckDto(i, pool.Count, pool.Pool.Count, shortfall.Available, false)
            : new RuleCheckDto(i, pool.Count, pool.Pool.Count, pool.Count, true))];
    }
}
