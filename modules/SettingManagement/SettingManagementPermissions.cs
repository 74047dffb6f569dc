namespace SafetyPortal.SettingManagement;

public static class SettingManagementPermissions
{
    public const string GroupName = "SettingManagement";

    /// <summary>The bureau's values, for every town.</summary>
    public const string Global = GroupName + ".Global";

    /// <summary>A town's own values.</summary>
    public const string Town = GroupName + ".Town";

    /// <summary>The signed-in user's enterprise's values.</summary>
    public const string Enterprise = GroupName + ".Enterprise";
}
