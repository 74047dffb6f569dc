namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>The fields of an RFC 9457 problem document that the tests read.</summary>
public sealed record ProblemDocument(string? Title, int? Status, string? Detail, Dictionary<string, string[]>? Errors);
