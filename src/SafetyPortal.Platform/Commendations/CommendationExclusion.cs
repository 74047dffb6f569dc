namespace SafetyPortal.Platform.Commendations;

/// <summary>
/// One enterprise an exclusion rule keeps off a commendation list: the rule's code (e.g. "Learning.ManagerHours") and
/// the reason as the town reads it, already localised in the request's culture (it is snapshotted into the list).
/// </summary>
public sealed record CommendationExclusion(Guid EnterpriseId, string RuleCode, string Reason)
{
    public const int MaxRuleCodeLength = 64;
    public const int MaxReasonLength = 500;
}
