using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Risks.Application;

/// <summary>A catalogue entry in lists: its current version's name and key sites.</summary>
public sealed record CategoryDto(
    Guid Id, Guid IndustryId, string IndustryName, string Code, string Name, KeySites KeySites, int CurrentVersion, bool IsRetired, bool IsShared);
