using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Risks.Application;

/// <summary>A new catalogue entry, or the next version of one (IndustryId and Code are fixed after creation).</summary>
public sealed record SaveCategoryRequest(
    Guid? IndustryId,
    string? Code,
    string? Name,
    string? TypicalHazards,
    IReadOnlyList<string>? ControlMeasures,
    IReadOnlyList<string>? CheckPoints,
    KeySites KeySites,
    string? ConcurrencyStamp = null);
