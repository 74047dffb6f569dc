namespace SafetyPortal.Platform.Settings;

/// <summary>
/// A module's own check of one setting's values, beyond what its <see cref="SettingValueType"/> checks (a list of known
/// letters, say). Registered in DI; the store runs it on every non-blank value before anything is saved.
/// </summary>
public interface ISettingValueValidator
{
    /// <summary>The setting this validator checks.</summary>
    string SettingName { get; }

    /// <summary>Why the (trimmed, non-blank) value is refused, in the user's language; null when it is fine.</summary>
    string? Validate(string value);
}
