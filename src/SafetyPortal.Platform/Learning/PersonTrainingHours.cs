namespace SafetyPortal.Platform.Learning;

/// <summary>Credit hours one member of an enterprise's staff earned in a period (their enterprise as on the roster now).</summary>
public sealed record PersonTrainingHours(Guid UserId, Guid EnterpriseId, decimal Hours);
