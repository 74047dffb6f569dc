using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Organization.Api;
using SafetyPortal.Organization.Application;
using SafetyPortal.Organization.Seeding;
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
        builder.Services.AddScoped<ITenantStore, TenantStore>();
        builder.Services.AddScoped<ManageTenants>();
        builder.Services.AddScoped<ListEnterprises>();
        builder.Services.AddScoped<IDataSeedContributor, OrganizationDemoSeedContributor>();
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(OrganizationPermissions.GroupName, "Permission:Organization", typeof(OrganizationResource));
        var tenants = group.AddPermission(OrganizationPermissions.Tenants.Default, "Permission:Tenants", MultiTenancySides.Host);
        tenants.AddChild(OrganizationPermissions.Tenants.Create, "Permission:Tenants.Create");
        tenants.AddChild(OrganizationPermissions.Tenants.Edit, "Permission:Tenants.Edit");
        group.AddPermission(OrganizationPermissions.Enterprises.Default, "Permission:Enterprises", MultiTenancySides.Tenant);
    }

    public override void ConfigureMenu(MenuBuilder menu)
    {
        menu.Add(new MenuItem("Organization.Tenants", "Menu:Tenants", typeof(OrganizationResource),
            "/Organization/Tenants", "bi-buildings", 900, OrganizationPermissions.Tenants.Default));
        menu.Add(new MenuItem("Organization.Enterprises", "Menu:Enterprises", typeof(OrganizationResource),
            "/Organization/Enterprises", "bi-building", 100, OrganizationPermissions.Enterprises.Default));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTenantsApi();
        endpoints.MapEnterprisesApi();
    }
}
