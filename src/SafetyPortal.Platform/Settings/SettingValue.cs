using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Platform.Settings;

/// <summary>
/// A stored setting value at one level. Not IMultiTenant on purpose: a town reads the bureau's global values,
/// so every query names its level and key instead of relying on the town filter.
/// </summary>
public class SettingValue : Entity
{
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
    public SettingLevels Level { get; set; }

    /// <summary>Town, enterprise or user id for those levels; null for Global.</summary>
    public Guid? Key { get; set; }
}
