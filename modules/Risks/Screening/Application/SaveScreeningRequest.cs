namespace SafetyPortal.Risks.Screening.Application;

/// <summary>A screening to save: name, conditions, whether the town shares it; the stamp read when editing.</summary>
public sealed record SaveScreeningRequest(string? Name, IReadOnlyList<ScreeningConditionRequest>? Conditions, bool IsShared = false, string? ConcurrencyStamp = null);
