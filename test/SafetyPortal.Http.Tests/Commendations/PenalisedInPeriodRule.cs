using SafetyPortal.Platform.Commendations;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Http.Tests.Commendations;

/// <summary>
/// An exclusion rule from outside the Articles module, as Enforcement would add ("penalised in the period"): it proves the
/// rule set is open. It excludes the enterprise named <see cref="Enterprise"/>.
/// </summary>
public sealed class PenalisedInPeriodRule(IEnterpriseDirectory directory) : ICommendationExclusionRule
{
    public const string Enterprise = "城厢金属制品有限公司";
    public const string Reason = "本期受到行政处罚（测试规则）";

    public string Code => "Test.Penalised";

    public async Task<IReadOnlyList<CommendationExclusion>> EvaluateAsync(CommendationPeriod period, IReadOnlyCollection<Guid> enterpriseIds,
        CancellationToken cancellationToken = default) =>
        [.. (await directory.GetAsync(enterpriseIds, cancellationToken)).Values.Where(e => e.Name == Enterprise)
            .Select(e => new CommendationExclusion(e.Id, Code, Reason))];
}
