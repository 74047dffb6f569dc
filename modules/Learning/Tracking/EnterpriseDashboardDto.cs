namespace SafetyPortal.Learning.Tracking;

/// <summary>The safety manager's dashboard of one enterprise (optionally one plan).</summary>
public sealed record EnterpriseDashboardDto(
    Guid EnterpriseId,
    string EnterpriseName,
    Guid? PlanId,
    CompletionRow Total,
    IReadOnlyList<CompletionRow> ByUnit,
    IReadOnlyList<CompletionRow> ByAudience,
    IReadOnlyList<CompletionRow> ByPlan);
