namespace SafetyPortal.Platform.Settings;

/// <summary>A setting's effective value and its value at each stored level of the scope (null where unset).</summary>
public sealed record ResolvedSetting(
    SettingDefinition Definition,
    string? Value,
    SettingSource Source,
    string? Configured,
    IReadOnlyDictionary<SettingLevels, string> Stored);
