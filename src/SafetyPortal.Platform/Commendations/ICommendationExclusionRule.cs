namespace SafetyPortal.Platform.Commendations;

/// <summary>
/// A rule that keeps enterprises off a commendation list (表彰奖励) before the town proposes it, each with its reason.
/// The set is open: any module registers its own with <c>services.AddScoped&lt;ICommendationExclusionRule, MyRule&gt;()</c>
/// (Learning: principal or safety manager short of the regulatory hours; later Risks: an open Major hazard, Enforcement:
/// penalised in the period) and commendations run every registered rule. Rules read the current town's data only.
/// </summary>
public interface ICommendationExclusionRule
{
    /// <summary>The rule's code, stored with each exclusion ("Learning.ManagerHours").</summary>
    string Code { get; }

    /// <summary>The enterprises among <paramref name="enterpriseIds"/> this rule excludes for the period, with reasons; set-based.</summary>
    Task<IReadOnlyList<CommendationExclusion>> EvaluateAsync(CommendationPeriod period, IReadOnlyCollection<Guid> enterpriseIds,
        CancellationToken cancellationToken = default);
}
