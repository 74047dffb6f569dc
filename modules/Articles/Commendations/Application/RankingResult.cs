using SafetyPortal.Articles.Commendations.Ranking;
using SafetyPortal.Platform.Commendations;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>
/// A computed ranking of the current town for a period, with the reasons that keep candidates off, by subject id
/// (an enterprise's or a person's): exclusion rules and thresholds.
/// </summary>
public sealed record RankingResult(
    CommendationPeriod Period,
    EnterpriseRankingRules EnterpriseRules,
    IndividualRankingRules IndividualRules,
    IReadOnlyList<RankedEnterprise> Enterprises,
    IReadOnlyList<RankedPerson> People,
    IReadOnlyDictionary<Guid, string> EnterpriseNames,
    ILookup<Guid, ExclusionReasonDto> Reasons);
