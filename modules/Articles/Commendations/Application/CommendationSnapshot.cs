using System.Text.Json;
using SafetyPortal.Articles.Domain;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>
/// Puts a ranking into a list: the ranked entries are replaced by the enterprises and people within the list sizes,
/// plus every enterprise an exclusion rule keeps off (excluded, with the rule's reasons). The town's manual additions
/// stay, and its manual exclusions carry over to the same enterprise or person.
/// </summary>
public static class CommendationSnapshot
{
    public static void Apply(CommendationList list, RankingResult ranking)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(ranking);
        var manualExclusions = list.Entries.Where(e => e.Origin == CommendationOrigin.Ranked && e.ExclusionRule == CommendationEntry.ManualExclusion)
            .ToDictionary(e => (e.Kind, e.SubjectId), e => e.ExclusionReason);
        list.Entries.RemoveAll(e => e.Origin == CommendationOrigin.Ranked);
        var added = list.Entries.Select(e => (e.Kind, e.SubjectId)).ToHashSet();

        var enterprises = RankingRows.Enterprises(ranking);
        var ranked = ranking.Enterprises.Zip(enterprises).Where(p => p.Second.InList || (p.First.Excluded && p.First.Misses == 0));
        foreach (var (e, row) in ranked)
        {
            var rules = row.Reasons.Where(r => !r.Rule.StartsWith("Threshold.", StringComparison.Ordinal)).ToList();
            Add(list, added, manualExclusions, CommendationEntryKind.Enterprise, row.EnterpriseId, null, row.Name, row.Rank, row.Score,
                RankingRows.IndicatorsOf(e), e.Excluded ? (string.Join(",", rules.Select(r => r.Rule)), string.Join("; ", rules.Select(r => r.Reason))) : null);
        }
        foreach (var (p, row) in ranking.People.Zip(RankingRows.People(ranking)).Where(p => p.Second.InList))
        {
            Add(list, added, manualExclusions, CommendationEntryKind.Individual, row.UserId, row.EnterpriseId, row.Name, row.Rank, row.Score,
                RankingRows.IndicatorsOf(p), null);
        }
    }

    private static void Add(CommendationList list, HashSet<(CommendationEntryKind, Guid)> added,
        Dictionary<(CommendationEntryKind, Guid), string?> manualExclusions, CommendationEntryKind kind, Guid subjectId, Guid? enterpriseId,
        string name, int? rank, decimal score, IReadOnlyDictionary<string, decimal> indicators, (string Rule, string Reason)? ruleExclusion)
    {
        if (!added.Add((kind, subjectId)))
        {
            return;
        }
        var entry = new CommendationEntry
        {
            TenantId = list.TenantId, ListId = list.Id, Kind = kind, SubjectId = subjectId, EnterpriseId = enterpriseId, Name = Fit(name, CommendationEntry.MaxNameLength),
            Rank = rank, Score = score, IndicatorsJson = JsonSerializer.Serialize(indicators), Origin = CommendationOrigin.Ranked,
        };
        if (ruleExclusion is { } rule)
        {
            (entry.Excluded, entry.ExclusionRule, entry.ExclusionReason) = (true, Fit(rule.Rule, 64), Fit(rule.Reason, 500));
        }
        else if (manualExclusions.TryGetValue((kind, subjectId), out var reason))
        {
            (entry.Excluded, entry.ExclusionRule, entry.ExclusionReason) = (true, CommendationEntry.ManualExclusion, reason);
        }
        list.Entries.Add(entry);
    }

    private static string Fit(string text, int length) => text.Length > length ? text[..length] : text;
}
