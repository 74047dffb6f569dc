namespace SafetyPortal.Platform.Settings;

/// <summary>A setting with its default; values are looked up from the most general to the most specific level.</summary>
public sealed record SettingDefinition(string Name, string? DefaultValue, string DisplayNameKey, Type Resource);
