namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>Why the reviewer sends the article back (required).</summary>
public sealed record ReturnCaseWarningRequest(string? Reason);
