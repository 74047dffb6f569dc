using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Risks.Domain;

/// <summary>What one version of a catalogue entry says.</summary>
public sealed record RiskCategoryContent(
    string Name,
    string? TypicalHazards,
    IReadOnlyList<string> ControlMeasures,
    IReadOnlyList<string> CheckPoints,
    KeySites KeySites);
