namespace SafetyPortal.Platform.Settings;

/// <summary>How a setting's text is checked before it is stored.</summary>
public enum SettingValueType
{
    Text,
    WholeNumber,
    Number,
    Boolean,
}
