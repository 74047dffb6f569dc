namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>Markdown to render as the reading page would show it.</summary>
public sealed record PreviewCaseWarningRequest(string? Markdown);
