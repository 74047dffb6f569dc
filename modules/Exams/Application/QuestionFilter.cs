using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Exams.Application;

/// <summary>
/// Filters of the question list. CategoryId includes its subcategories unless Subcategories is false; tags match by
/// code; Retired: false (default) live only, true retired only. The page's Search looks in the name and the stem.
/// </summary>
public sealed record QuestionFilter(
    Guid? CategoryId = null,
    bool? Subcategories = null,
    QuestionKind? Kind = null,
    int? Difficulty = null,
    string? RiskCategory = null,
    string? Industry = null,
    string? Position = null,
    KeySites? KeySite = null,
    bool? Retired = null);
