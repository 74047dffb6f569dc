using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.SettingManagement.Api;
using SafetyPortal.SettingManagement.Application;

namespace SafetyPortal.SettingManagement;

/// <summary>Pages and API where the bureau, a town and an enterprise set their setting values.</summary>
public sealed class SettingManagementModule : PortalModule
{
    public override string Name => "SettingManagement";

    public override void ConfigureServices(IHostApplicationBuilder builder) => builder.Services.AddScoped<ManageSettings>();

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(SettingManagementPermissions.GroupName, "Permission:Settings", typeof(SettingManagementResource));
        group.AddPermission(SettingManagementPermissions.Global, "Permission:Global", MultiTenancySides.Host);
        group.AddPermission(SettingManagementPermissions.Town, "Permission:Town", MultiTenancySides.Tenant);
        group.AddPermission(SettingManagementPermissions.Enterprise, "Permission:Enterprise", MultiTenancySides.Tenant)
            .GrantByDefaultTo(PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager);
    }

    public override void ConfigureMenu(MenuBuilder menu)
    {
        foreach (var (permission, level) in ManageSettings.Levels)
        {
            menu.Add(new MenuItem($"SettingManagement.{level}", $"Menu:{level}", typeof(SettingManagementResource),
                $"/SettingManagement/Settings?level={level}", "bi-sliders", 990, permission));
        }
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapSettingsApi();
}
