namespace SafetyPortal.Workflows.Application;

/// <summary>Publishes a draft; ConcurrencyStamp (optional) guards against publishing a draft someone changed meanwhile.</summary>
public sealed record PublishRequest(string? ConcurrencyStamp);
