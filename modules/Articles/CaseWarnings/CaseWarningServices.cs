using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>Services, permissions, settings, menu and API of case-warning articles (以案示警).</summary>
public static class CaseWarningServices
{
    public static IServiceCollection AddCaseWarnings(this IServiceCollection services) => services;

    public static void DefinePermissions(PermissionGroupDefinition group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var read = group.AddPermission(ArticlesPermissions.CaseWarnings.Default, "Permission:CaseWarnings", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.WorkflowDesigner, PortalRoles.TownAdmin, PortalRoles.TownInspector,
                PortalRoles.SafetyOfficer, PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager, PortalRoles.Employee);
        read.AddChild(ArticlesPermissions.CaseWarnings.Manage, "Permission:CaseWarnings.Manage")
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.TownAdmin, PortalRoles.TownInspector);
        read.AddChild(ArticlesPermissions.CaseWarnings.Review, "Permission:CaseWarnings.Review")
            .GrantByDefaultTo(PortalRoles.TownAdmin);
        group.AddPermission(ArticlesPermissions.MustRead.Default, "Permission:MustRead", MultiTenancySides.Tenant)
            .GrantByDefaultTo(PortalRoles.TownAdmin, PortalRoles.SafetyOfficer, PortalRoles.EnterpriseSafetyManager);
    }

    public static void DefineSettings(SettingDefinitionContext context) => ArgumentNullException.ThrowIfNull(context);

    public static void ConfigureMenu(MenuBuilder menu) => ArgumentNullException.ThrowIfNull(menu);

    public static IEndpointRouteBuilder MapCaseWarningApis(this IEndpointRouteBuilder endpoints) => endpoints;
}
