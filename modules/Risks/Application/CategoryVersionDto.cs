using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>One immutable version of a catalogue entry.</summary>
public sealed record CategoryVersionDto(
    int VersionNumber, string Name, string? TypicalHazards, IReadOnlyList<string> ControlMeasures,
    IReadOnlyList<string> CheckPoints, KeySites KeySites, DateTime ValidFrom)
{
    public static CategoryVersionDto From(RiskCategoryVersion v) => new(v.VersionNumber, v.Name, v.TypicalHazards,
        TextLines.Split(v.ControlMeasures), TextLines.Split(v.CheckPoints), v.KeySites, v.ValidFrom);
}
