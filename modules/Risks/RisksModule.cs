using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Risks;

/// <summary>The risk library: the catalogue of risk categories and the enterprises' risk points.</summary>
public sealed class RisksModule : PortalModule
{
    public override string Name => "Risks";

    public override void ConfigureServices(IHostApplicationBuilder builder)
    {
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
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
    }
}
