using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Risks.Screening.Application;

/// <summary>How the conditions of a screening combine: every condition must match (AND); the reasons keep the conditions' order.</summary>
public static class ScreeningCombination
{
    /// <summary>Whether the combination needs every enterprise of the scope: only when no condition names its matches.</summary>
    public static bool NeedsAllEnterprises(IReadOnlyList<ScreeningMatches> matches) => matches.All(m => m.MatchesOthers);

    /// <summary>
    /// The enterprises every condition matches, each with the reasons in the conditions' order. Candidates come from
    /// the smallest named set; <paramref name="allEnterprises"/> is read only when <see cref="NeedsAllEnterprises"/>.
    /// </summary>
    public static Dictionary<Guid, IReadOnlyList<ScreeningReason>> Combine(IReadOnlyList<ScreeningMatches> matches, IReadOnlyCollection<Guid>? allEnterprises)
    {
        if (matches.Count == 0)
        {
            return [];
        }
        var candidates = NeedsAllEnterprises(matches)
            ? allEnterprises ?? throw new ArgumentNullException(nameof(allEnterprises), "No condition names its matches: the enterprises of the scope are needed.")
            : matches.Where(m => !m.MatchesOthers).MinBy(m => m.Reasons.Count)!.Reasons.Keys;
        var result = new Dictionary<Guid, IReadOnlyList<ScreeningReason>>();
        foreach (var id in candidates)
        {
            var reasons = new List<ScreeningReason>(matches.Count);
            foreach (var match in matches)
            {
                if (match.ReasonFor(id) is not { } reason)
                {
                    break;
                }
                reasons.Add(reason);
            }
            if (reasons.Count == matches.Count)
            {
                result[id] = reasons;
            }
        }
        return result;
    }
}
