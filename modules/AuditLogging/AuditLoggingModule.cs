using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SafetyPortal.AuditLogging.Api;
using SafetyPortal.AuditLogging.Application;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.AuditLogging;

/// <summary>
/// The audit log's pages and API. The kernel records (SafetyPortal.Platform.Auditing); this module only reads:
/// a town sees its own entries, the bureau every town's.
/// </summary>
public sealed class AuditLoggingModule : PortalModule
{
    public override string Name => "AuditLogging";

    public override void ConfigureServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReadAuditLogs>();
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(AuditLoggingPermissions.GroupName, "Permission:AuditLogging", typeof(AuditLoggingResource));
        group.AddPermission(AuditLoggingPermissions.AuditLogs.Default, "Permission:AuditLogs", MultiTenancySides.Both);
    }

    public override void ConfigureMenu(MenuBuilder menu)
    {
        menu.Add(new MenuItem("AuditLogging.AuditLogs", "Menu:AuditLogs", typeof(AuditLoggingResource),
            "/AuditLogging/AuditLogs", "bi-journal-text", 950, AuditLoggingPermissions.AuditLogs.Default));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAuditLogsApi();
}
