using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>
/// List filters: search text <see cref="Q"/> (title, issue number, summary, violation), a risk category code
/// (<see cref="Tag"/>), an industry code, a key site, the year published (China time), and status (managers' list only).
/// </summary>
public sealed record CaseWarningFilter(string? Q = null, string? Tag = null, string? Industry = null, KeySites? KeySite = null, int? Year = null,
    CaseWarningStatus? Status = null);
