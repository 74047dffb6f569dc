using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Articles.Commendations;

/// <summary>Services, permissions, settings, menu and API of commendations (表彰奖励).</summary>
public static class CommendationServices
{
    public static IServiceCollection AddCommendations(this IServiceCollection services) => services;

    public static void DefinePermissions(PermissionGroupDefinition group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var read = group.AddPermission(ArticlesPermissions.Commendations.Default, "Permission:Commendations", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.WorkflowDesigner, PortalRoles.TownAdmin, PortalRoles.TownInspector,
                PortalRoles.SafetyOfficer, PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager, PortalRoles.Employee);
        read.AddChild(ArticlesPermissions.Commendations.Propose, "Permission:Commendations.Propose", MultiTenancySides.Tenant)
            .GrantByDefaultTo(PortalRoles.TownAdmin);
        read.AddChild(ArticlesPermissions.Commendations.Approve, "Permission:Commendations.Approve", MultiTenancySides.Host)
            .GrantByDefaultTo(PortalRoles.BureauInspector);
    }

    public static void DefineSettings(SettingDefinitionContext context) => ArgumentNullException.ThrowIfNull(context);

    public static void ConfigureMenu(MenuBuilder menu) => ArgumentNullException.ThrowIfNull(menu);

    public static IEndpointRouteBuilder MapCommendationApis(this IEndpointRouteBuilder endpoints) => endpoints;
}
