using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SafetyPortal.Articles.CaseWarnings.Seeding;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Platform.Seeding;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>Services, permissions, settings, menu and API of case-warning articles (以案示警).</summary>
public static class CaseWarningServices
{
    public static IServiceCollection AddCaseWarnings(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CaseWarningBodies>();
        services.AddScoped<CaseWarningScope>();
        services.AddScoped<CaseWarningFields>();
        services.AddScoped<ReadCaseWarnings>();
        services.AddScoped<ManageCaseWarnings>();
        services.AddScoped<ReviewCaseWarnings>();
        services.AddScoped<CaseWarningCovers>();
        services.AddScoped<RecordReading>();
        services.AddScoped<IDataSeedContributor, CaseWarningDemoSeedContributor>();
        return services;
    }

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

    public static void DefineSettings(SettingDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Add(new SettingDefinition(CaseWarningSettings.MaxCoverMegabytes, "2", "Setting:CaseWarningMaxCoverMegabytes", typeof(ArticlesResource),
            SettingLevels.Global | SettingLevels.Town, SettingValueType.WholeNumber));
    }

    public static void ConfigureMenu(MenuBuilder menu)
    {
        ArgumentNullException.ThrowIfNull(menu);
        menu.Add(new MenuItem("Articles.CaseWarnings", "Menu:CaseWarnings", typeof(ArticlesResource), "/Articles/CaseWarnings", "bi-megaphone", 500,
            ArticlesPermissions.CaseWarnings.Default));
        menu.Add(new MenuItem("Articles.CaseWarnings.Manage", "Menu:ManageCaseWarnings", typeof(ArticlesResource), "/Articles/CaseWarnings/Manage",
            "bi-pencil-square", 501, ArticlesPermissions.CaseWarnings.Manage));
    }

    public static IEndpointRouteBuilder MapCaseWarningApis(this IEndpointRouteBuilder endpoints)
    {
        CaseWarningApis.Map(endpoints);
        return endpoints;
    }
}
