using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Articles.Commendations.Api;
using SafetyPortal.Articles.Commendations.Application;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Articles.Commendations;

/// <summary>Services, permissions, settings, menu and API of commendations (表彰奖励).</summary>
public static class CommendationServices
{
    public static IServiceCollection AddCommendations(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CommendationScope>();
        services.AddScoped<ComputeRanking>();
        services.AddScoped<ReadRanking>();
        services.AddScoped<RankingExport>();
        services.AddScoped<ManageCommendationLists>();
        services.AddScoped<DecideCommendationLists>();
        services.AddScoped<ReadHonourRoll>();
        return services;
    }

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

    public static void DefineSettings(SettingDefinitionContext context) => CommendationSettings.Define(context);

    public static void ConfigureMenu(MenuBuilder menu)
    {
        ArgumentNullException.ThrowIfNull(menu);
        menu.Add(new MenuItem("Articles.HonourRoll", "Menu:HonourRoll", typeof(ArticlesResource), "/Articles/Commendations", "award", 610,
            ArticlesPermissions.Commendations.Default));
        menu.Add(new MenuItem("Articles.CommendationRanking", "Menu:CommendationRanking", typeof(ArticlesResource), "/Articles/Commendations/Ranking",
            "trophy", 611, ArticlesPermissions.Commendations.Propose));
        menu.Add(new MenuItem("Articles.CommendationReview", "Menu:CommendationReview", typeof(ArticlesResource), "/Articles/Commendations/Review",
            "stamp", 612, ArticlesPermissions.Commendations.Approve));
    }

    public static IEndpointRouteBuilder MapCommendationApis(this IEndpointRouteBuilder endpoints) => CommendationApis.Map(endpoints);
}
