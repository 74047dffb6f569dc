using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Organization.Api;
using SafetyPortal.Organization.Application;
using SafetyPortal.Organization.Import;
using SafetyPortal.Organization.Screening;
using SafetyPortal.Organization.Seeding;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Platform.Seeding;

namespace SafetyPortal.Organization;

/// <summary>Towns (tenants) and the organization units inside them: enterprises, departments, workshops, teams.</summary>
public sealed class OrganizationModule : PortalModule
{
    public override string Name => "Organization";

    public override void ConfigureServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TenantCache>();
        builder.Services.AddScoped<ITenantStore, TenantStore>();
        builder.Services.AddScoped<ManageTenants>();
        builder.Services.AddScoped<ProvisionTown>();
        builder.Services.AddScoped<CreateTown>();
        builder.Services.AddScoped<SwitchTown>();
        builder.Services.AddScoped<ReportTowns>();
        builder.Services.AddScoped<TownOverviewWorkbook>();
        builder.Services.AddScoped<ManageEnterprises>();
        builder.Services.AddScoped<ManageOrganizationUnits>();
        builder.Services.AddScoped<ManageMembers>();
        builder.Services.AddScoped<GridOfficers>();
        builder.Services.AddScoped<ManageGrids>();
        builder.Services.AddScoped<AssignGridEnterprises>();
        builder.Services.AddScoped<OrganizationUnitScope>();
        builder.Services.AddScoped<IUserOrganizationUnitLookup, UserOrganizationUnitLookup>();
        builder.Services.AddScoped<IStaffRoster, StaffRoster>();
        builder.Services.AddScoped<IEnterpriseDirectory, EnterpriseDirectory>();
        builder.Services.AddHttpContextAccessor();
        AddImport(builder.Services);
        builder.Services.AddOrganizationScreeningConditions();
        builder.Services.AddScoped<IDataSeedContributor, OrganizationDemoSeedContributor>();
        builder.Services.AddScoped<IDataSeedContributor, OrganizationDemoMembersSeedContributor>();
        builder.Services.AddScoped<IDataSeedContributor, OrganizationDemoGridsSeedContributor>();
    }

    /// <summary>Spreadsheet imports: the use cases, the upload folder and the in-process runner (see IImportRunner).</summary>
    private static void AddImport(IServiceCollection services)
    {
        services.AddScoped<ManageImports>();
        services.AddScoped<EnterpriseImport>();
        services.AddScoped<StaffImport>();
        services.AddScoped<RunImportJob>();
        services.AddSingleton<ImportFileStore>();
        services.AddSingleton<ChannelImportRunner>();
        services.AddSingleton<IImportRunner>(s => s.GetRequiredService<ChannelImportRunner>());
        services.AddHostedService<ImportWorker>();
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(OrganizationPermissions.GroupName, "Permission:Organization", typeof(OrganizationResource));
        var tenants = group.AddPermission(OrganizationPermissions.Tenants.Default, "Permission:Tenants", MultiTenancySides.Host);
        tenants.AddChild(OrganizationPermissions.Tenants.Create, "Permission:Tenants.Create");
        tenants.AddChild(OrganizationPermissions.Tenants.Edit, "Permission:Tenants.Edit");
        tenants.AddChild(OrganizationPermissions.Tenants.Enter, "Permission:Tenants.Enter");
        group.AddPermission(OrganizationPermissions.Reports.Towns, "Permission:Reports.Towns", MultiTenancySides.Host)
            .GrantByDefaultTo(PortalRoles.BureauInspector);
        var enterprises = group.AddPermission(OrganizationPermissions.Enterprises.Default, "Permission:Enterprises", MultiTenancySides.Tenant)
            .GrantByDefaultTo(PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
                PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager, PortalRoles.Employee);
        enterprises.AddChild(OrganizationPermissions.Enterprises.Manage, "Permission:Enterprises.Manage")
            .GrantByDefaultTo(PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager);
        // Town side only; the town admin holds them as it holds every town permission.
        group.AddPermission(OrganizationPermissions.Grids.Default, "Permission:Grids", MultiTenancySides.Tenant)
            .GrantByDefaultTo(PortalRoles.TownInspector, PortalRoles.SafetyOfficer)
            .AddChild(OrganizationPermissions.Grids.Manage, "Permission:Grids.Manage");
        group.AddPermission(OrganizationPermissions.Import.Default, "Permission:Import", MultiTenancySides.Tenant);
        group.AddPermission(OrganizationPermissions.Units.WholeTown, "Permission:Units.WholeTown", MultiTenancySides.Tenant)
            .GrantByDefaultTo(PortalRoles.TownInspector, PortalRoles.SafetyOfficer);
    }

    public override void ConfigureMenu(MenuBuilder menu)
    {
        menu.Add(new MenuItem("Organization.Tenants", "Menu:Tenants", typeof(OrganizationResource),
            "/Organization/Tenants", "bi-buildings", 900, OrganizationPermissions.Tenants.Default));
        menu.Add(new MenuItem("Organization.Reports.Towns", "Menu:TownOverview", typeof(OrganizationResource),
            "/Organization/Reports/Towns", "bi-bar-chart", 120, OrganizationPermissions.Reports.Towns));
        menu.Add(new MenuItem("Organization.Enterprises", "Menu:Enterprises", typeof(OrganizationResource),
            "/Organization/Enterprises", "bi-building", 100, OrganizationPermissions.Enterprises.Default));
        menu.Add(new MenuItem("Organization.Grids", "Menu:Grids", typeof(OrganizationResource),
            "/Organization/Grids", "bi-grid-3x3", 105, OrganizationPermissions.Grids.Default));
        menu.Add(new MenuItem("Organization.Import", "Menu:Import", typeof(OrganizationResource),
            "/Organization/Import", "bi-upload", 110, OrganizationPermissions.Import.Default));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTenantsApi();
        endpoints.MapTownSwitchApi();
        endpoints.MapTownReportsApi();
        endpoints.MapEnterprisesApi();
        endpoints.MapUnitsApi();
        endpoints.MapGridsApi();
        endpoints.MapImportApi();
    }
}
