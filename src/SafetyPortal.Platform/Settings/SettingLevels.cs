namespace SafetyPortal.Platform.Settings;

/// <summary>The stored levels a setting may be set at, most general first; the most specific set value wins.</summary>
[Flags]
public enum SettingLevels
{
    None = 0,

    /// <summary>The bureau, for every town ("G").</summary>
    Global = 1,

    /// <summary>One town ("T").</summary>
    Town = 2,

    /// <summary>One enterprise ("E").</summary>
    Enterprise = 4,

    /// <summary>One user ("U").</summary>
    User = 8,

    All = Global | Town | Enterprise | User,
}
