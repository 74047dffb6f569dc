namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>The sanitised HTML of a preview.</summary>
public sealed record CaseWarningPreviewDto(string Html);
