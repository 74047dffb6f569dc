namespace SafetyPortal.Risks.Application;

/// <summary>The town's verdict on a reported risk point: Reason is required to return it.</summary>
public sealed record ReviewRequest(string? Reason, string? ConcurrencyStamp);
