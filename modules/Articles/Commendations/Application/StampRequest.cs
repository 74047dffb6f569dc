namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>The list's concurrency stamp as read; a different one answers 409.</summary>
public sealed record StampRequest(string? ConcurrencyStamp);
