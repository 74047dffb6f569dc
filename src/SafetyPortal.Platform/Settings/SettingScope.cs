namespace SafetyPortal.Platform.Settings;

/// <summary>Whose settings to resolve: a town, an enterprise and a user, each optional.</summary>
public sealed record SettingScope(Guid? TownId, Guid? EnterpriseId, Guid? UserId)
{
    public Guid? KeyOf(SettingLevels level) => level switch
    {
        SettingLevels.Town => TownId,
        SettingLevels.Enterprise => EnterpriseId,
        SettingLevels.User => UserId,
        _ => null,
    };
}
