using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Papers;

/// <summary>
/// The live questions each rule of a paper may draw from, as the current side sees the bank (bureau's plus the town's),
/// and the check that the bank can satisfy every rule (<c>rules[i]</c> names the one that cannot). Pools come shuffled
/// when a random source is given; a personalised rule's pool puts the candidate's questions first.
/// </summary>
public sealed class PaperPools(QuestionScope scope)
{
    public async Task<List<(int Count, IReadOnlyList<Guid> Pool)>> PoolsAsync(IReadOnlyList<PaperRule> rules, CandidateProfile? profile, Random? random,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        CategoryTree? tree = null;
        var pools = new List<(int, IReadOnlyList<Guid>)>();
        foreach (var rule in rules.OrderBy(r => r.SortOrder))
        {
            if (rule.CategoryId is not null)
            {
                tree ??= new CategoryTree(await scope.Categories().AsNoTracking().ToListAsync(cancellationToken));
            }
            var query = Matching(rule, tree);
            var pool = await query.Select(q => q.Id).ToListAsync(cancellationToken);
            Shuffle(pool, random);
            if (rule.Personalised && profile is not null)
            {
                var codes = profile.RiskCategoryCodes.ToList();
                var position = profile.Position ?? "";
                var personal = (await query.Where(q => q.Tags.Any(t => (t.Kind == QuestionTagKind.RiskCategory && codes.Contains(t.Code))
                        || (t.Kind == QuestionTagKind.Position && t.Code == position)))
                    .Select(q => q.Id).ToListAsync(cancellationToken)).ToHashSet();
                pool = [.. pool.Where(personal.Contains), .. pool.Where(id => !personal.Contains(id))];
            }
            pools.Add((rule.Count, pool));
        }
        return pools;
    }

    /// <summary>The rules the bank cannot satisfy (a personalised rule is checked on its general pool, which is what it falls back to).</summary>
    public async Task<IReadOnlyList<RuleShortfall>> ShortfallsAsync(Paper paper, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paper);
        if (paper.Kind != PaperKind.Rules)
        {
            return [];
        }
        var pools = await PoolsAsync(paper.Rules, null, null, cancellationToken);
        return RuleDraw.Draw(pools, [], random: null).Shortfalls;
    }

    private IQueryable<Question> Matching(PaperRule rule, CategoryTree? tree)
    {
        var query = scope.Questions().Where(q => !q.IsRetired);
        if (rule.CategoryId is { } categoryId && tree is not null)
        {
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
        return query;
    }

    private static void Shuffle(List<Guid> pool, Random? random)
    {
        if (random is not null)
        {
            RuleDraw.Shuffle(pool, random);
        }
    }
}
