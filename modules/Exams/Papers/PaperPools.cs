using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Papers;

/// <summary>
/// The live questions each rule of a paper may draw from, as the current side sees the bank (bureau's plus the town's),
/// and the check that the bank can satisfy every rule (<c>rules[i]</c> names the one that cannot).
/// </summary>
public sealed class PaperPools(QuestionScope scope)
{
    public async Task<List<(int Count, IReadOnlyList<Guid> Pool)>> PoolsAsync(IReadOnlyList<PaperRule> rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        CategoryTree? tree = null;
        var pools = new List<(int, IReadOnlyList<Guid>)>();
        foreach (var rule in rules.OrderBy(r => r.SortOrder))
        {
            var query = scope.Questions().Where(q => !q.IsRetired);
            if (rule.CategoryId is { } categoryId)
            {
                tree ??= new CategoryTree(await scope.Categories().AsNoTracking().ToListAsync(cancellationToken));
                var subtree = tree.Subtree(categoryId).ToList();
                query = query.Where(q => subtree.Contains(q.CategoryId));
            }
            if (rule.RiskCategoryCode is { } code)
            {
                query = query.Where(q => q.Tags.Any(t => t.Kind == QuestionTagKind.RiskCategory && t.Code == code));
            }
            if (rule.Kind is { } kind)
            {
                query = query.Where(q => q.Kind == kind);
            }
            if (rule.Difficulty is { } difficulty)
            {
                query = query.Where(q => q.Difficulty == difficulty);
            }
            pools.Add((rule.Count, await query.Select(q => q.Id).ToListAsync(cancellationToken)));
        }
        return pools;
    }

    /// <summary>The rules the bank cannot satisfy, after the paper's fixed questions are set aside.</summary>
    public async Task<IReadOnlyList<RuleShortfall>> ShortfallsAsync(Paper paper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paper);
        if (paper.Kind != PaperKind.Rules)
        {
            return [];
        }
        var pools = await PoolsAsync(paper.Rules, cancellationToken);
        return RuleDraw.Draw(pools, [], random: null).Shortfalls;
    }
}
