namespace SafetyPortal.Platform.Settings;

/// <summary>
/// A setting with its default. Values resolve Default → appsettings ("Settings:{Name}") → Global → Town →
/// Enterprise → User; the most specific value set wins. Levels says where it may be set.
/// </summary>
public sealed record SettingDefinition(
    string Name,
    string? DefaultValue,
    string DisplayNameKey,
    Type Resource,
    SettingLevels Levels = SettingLevels.Global | SettingLevels.Town,
    SettingValueType Type = SettingValueType.Text,
    string? DescriptionKey = null)
{
    public const int MaxValueLength = 2000;
}
