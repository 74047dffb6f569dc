using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Web.Hosting;

/// <summary>The shell's own settings: the portal's name in the top bar and the dashboard announcement.</summary>
public sealed class ShellModule : PortalModule
{
    public const string SiteName = "Portal.SiteName";
    public const string Announcement = "Portal.Announcement";

    public override string Name => "Shell";

    public override void DefineSettings(SettingDefinitionContext context)
    {
        // No default: the localized application name is shown until a value is set.
        context.Add(new SettingDefinition(SiteName, null, "Setting:SiteName", typeof(SharedResource),
            SettingLevels.Global | SettingLevels.Town, DescriptionKey: "Setting:SiteName.Description"));
        context.Add(new SettingDefinition(Announcement, null, "Setting:Announcement", typeof(SharedResource),
            SettingLevels.Global | SettingLevels.Town | SettingLevels.Enterprise, DescriptionKey: "Setting:Announcement.Description"));
    }
}
