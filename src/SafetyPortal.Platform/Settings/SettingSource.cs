namespace SafetyPortal.Platform.Settings;

/// <summary>Where an effective value came from, for the settings pages.</summary>
public enum SettingSource
{
    Default,
    Configuration,
    Global,
    Town,
    Enterprise,
    User,
}
