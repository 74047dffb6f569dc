using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>A draft's fields; PUT sends back the <see cref="ConcurrencyStamp"/> it read (409 when someone saved in between).</summary>
public sealed record SaveCaseWarningRequest(
    string? Title,
    string? IssueNumber = null,
    string? Summary = null,
    string? MarkdownBody = null,
    string? ViolationType = null,
    string? LegalBasis = null,
    string? Penalty = null,
    KeySites KeySites = KeySites.None,
    IReadOnlyList<string>? RiskCategories = null,
    IReadOnlyList<string>? Industries = null,
    string? ConcurrencyStamp = null);
