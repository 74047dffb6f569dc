namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>Publish now (no time) or at a time (UTC; readers see it from then).</summary>
public sealed record ApproveCaseWarningRequest(DateTime? PublishAt = null);
