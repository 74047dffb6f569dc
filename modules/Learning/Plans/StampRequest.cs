namespace SafetyPortal.Learning.Plans;

/// <summary>The concurrency stamp the client read, for actions without other fields (publish, close).</summary>
public sealed record StampRequest(string? ConcurrencyStamp);
