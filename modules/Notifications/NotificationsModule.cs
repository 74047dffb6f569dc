using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Notifications.Api;
using SafetyPortal.Notifications.Application;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.Notifications;
using SafetyPortal.Platform.Permissions;

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
