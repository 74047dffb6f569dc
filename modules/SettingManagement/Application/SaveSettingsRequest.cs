namespace SafetyPortal.SettingManagement.Application;

/// <summary>Values to set at one level; a null or empty value removes it, so the level inherits again.</summary>
public sealed record SaveSettingsRequest(Dictionary<string, string?> Values);
