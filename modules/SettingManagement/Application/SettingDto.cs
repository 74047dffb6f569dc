namespace SafetyPortal.SettingManagement.Application;

/// <summary>
/// One setting as an admin of a level sees it: the effective value and where it comes from, the value
/// set at this level (null when inherited), and what it would be without this level.
/// </summary>
public sealed record SettingDto(
    string Name,
    string DisplayName,
    string? Description,
    string Type,
    string? Value,
    string Source,
    string? ValueAtLevel,
    string? Inherited);
