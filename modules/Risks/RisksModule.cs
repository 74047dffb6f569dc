using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Platform.Seeding;
using SafetyPortal.Risks.Api;
using SafetyPortal.Risks.Application;
using SafetyPortal.Risks.Import;
using SafetyPortal.Risks.Screening;
using SafetyPortal.Risks.Seeding;

namespace SafetyPortal.Risks;

/// <summary>The risk library: the catalogue of risk categories and the enterprises' risk points.</summary>
public sealed class RisksModule : PortalModule
{
    public override string Name => "Risks";

    public override void ConfigureServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<RiskCatalogueScope>();
        services.AddScoped<ManageCatalogue>();
        services.AddScoped<RiskPointScope>();
        services.AddScoped<SafetyPortal.Platform.Risks.IEnterpriseRiskCategories, EnterpriseRiskCategories>();
        services.AddScoped<SafetyPortal.Platform.Risks.IRiskPointChecklists, RiskPointChecklists>();
        services.AddScoped<ReadRiskRegister>();
        services.AddScoped<ReportRiskPoints>();
        services.AddScoped<ReviewRiskPoints>();
        services.AddScoped<ReadRiskOverview>();
        services.AddScoped<RiskRegisterExport>();
        services.AddScoped<CatalogueImport>();
        services.AddScoped<RiskPointImport>();
        services.AddScoped<IDataSeedContributor, RisksDemoSeedContributor>();
        services.AddRiskScreening();
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(RisksPermissions.GroupName, "Permission:Risks", typeof(RisksResource));
        group.AddPermission(RisksPermissions.Catalogue.Default, "Permission:Catalogue", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
                PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager, PortalRoles.Employee)
            .AddChild(RisksPermissions.Catalogue.Manage, "Permission:Catalogue.Manage");
        var points = group.AddPermission(RisksPermissions.Points.Default, "Permission:Points", MultiTenancySides.Tenant)
            .GrantByDefaultTo(PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
                PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager, PortalRoles.Employee);
        points.AddChild(RisksPermissions.Points.Report, "Permission:Points.Report")
            .GrantByDefaultTo(PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager);
        points.AddChild(RisksPermissions.Points.Verify, "Permission:Points.Verify")
            .GrantByDefaultTo(PortalRoles.TownInspector, PortalRoles.SafetyOfficer);
        group.AddPermission(RisksPermissions.Overview.Default, "Permission:Overview", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.TownInspector, PortalRoles.SafetyOfficer);
        group.AddPermission(RisksPermissions.Screening.Default, "Permission:Screening", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.TownInspector, PortalRoles.SafetyOfficer);
    }

    public override void ConfigureMenu(MenuBuilder menu)
    {
        menu.Add(new MenuItem("Risks.Register", "Menu:Register", typeof(RisksResource),
            "/Risks/Register", "bi-exclamation-triangle", 200, RisksPermissions.Points.Default));
        menu.Add(new MenuItem("Risks.Overview", "Menu:Overview", typeof(RisksResource),
            "/Risks/Overview", "bi-bar-chart", 210, RisksPermissions.Overview.Default));
        menu.Add(new MenuItem("Risks.Import", "Menu:Import", typeof(RisksResource),
            "/Risks/Import", "bi-upload", 230, RisksPermissions.Points.Report));
        menu.Add(new MenuItem("Risks.Catalogue", "Menu:Catalogue", typeof(RisksResource),
            "/Risks/Catalogue", "bi-journal-text", 220, RisksPermissions.Catalogue.Default));
        menu.Add(new MenuItem("Risks.Screening", "Menu:Screening", typeof(RisksResource),
            "/Risks/Screening", "bi-funnel", 215, RisksPermissions.Screening.Default));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCatalogueApi();
        endpoints.MapRiskPointsApi();
        endpoints.MapRisksImportApi();
        endpoints.MapScreeningApi();
    }
}
