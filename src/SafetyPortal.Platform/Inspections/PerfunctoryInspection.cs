namespace SafetyPortal.Platform.Inspections;

/// <summary>
/// A submitted inspection flagged as perfunctory (走过场), for early-warning rules. Tier: SelfCheck, Patrol or Inspection;
/// Reasons: the flags' names (TooFast: every item passed within the town's minimum time).
/// </summary>
public sealed record PerfunctoryInspection(Guid TaskId, Guid EnterpriseId, string Tier, DateTime SubmittedTime, IReadOnlyList<string> Reasons);
