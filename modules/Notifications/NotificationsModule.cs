using System.Globalization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Notifications.Api;
using SafetyPortal.Notifications.Application;
using SafetyPortal.Notifications.Jobs;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.Notifications;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Notifications;

/// <summary>
/// The notification centre: notices other modules publish through INotificationPublisher, the bell in the top bar
/// (Pages/Shared/_NotificationBell) and the page listing them all.
/// </summary>
public sealed class NotificationsModule : PortalModule
{
    public override string Name => "Notifications";

    public override void ConfigureServices(IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<INotificationPublisher, NotificationPublisher>();
        builder.Services.AddScoped<NotificationSmsQueue>();
        builder.Services.AddScoped<MyNotifications>();
        builder.Services.AddRecurringJob<PurgeNotificationsJob>(PurgeNotificationsJob.ScheduleName, PurgeNotificationsJob.Schedule);
    }

    public override void DefineSettings(SettingDefinitionContext context)
    {
        context.Add(new SettingDefinition(NotificationsSettings.KeepReadDays, NotificationsSettings.DefaultKeepReadDays.ToString(CultureInfo.InvariantCulture),
            "Setting:KeepReadDays", typeof(NotificationsResource), SettingLevels.Global, SettingValueType.WholeNumber));
        context.Add(new SettingDefinition(NotificationsSettings.KeepDays, NotificationsSettings.DefaultKeepDays.ToString(CultureInfo.InvariantCulture),
            "Setting:KeepDays", typeof(NotificationsResource), SettingLevels.Global, SettingValueType.WholeNumber));
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(NotificationsPermissions.GroupName, "Permission:Notifications", typeof(NotificationsResource));
        group.AddPermission(NotificationsPermissions.Notices.Default, "Permission:Notices", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.WorkflowDesigner, PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
                PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager, PortalRoles.Employee);
    }

    public override void ConfigureMenu(MenuBuilder menu) =>
        menu.Add(new MenuItem("Notifications.Notices", "Menu:Notifications", typeof(NotificationsResource),
            "/Notifications", "bi-bell", 40, NotificationsPermissions.Notices.Default));

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapNotificationsApi();
}
