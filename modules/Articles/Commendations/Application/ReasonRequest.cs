namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>A reason (manual exclusion, return to the town), with the list's stamp where the list's state changes.</summary>
public sealed record ReasonRequest(string? Reason, string? ConcurrencyStamp = null);
