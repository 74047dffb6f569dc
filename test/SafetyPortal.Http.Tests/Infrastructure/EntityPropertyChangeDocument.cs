namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record EntityPropertyChangeDocument(string PropertyName, string? OriginalValue, string? NewValue);
