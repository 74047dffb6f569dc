using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Platform.Modularity;

/// <summary>
/// One capability of the portal. The host lists its modules in order in Program.cs;
/// each module contributes services, EF configurations (found in its assembly),
/// permissions, settings, menu items, API endpoints and Razor pages.
/// </summary>
public abstract class PortalModule
{
    /// <summary>Short name, also the prefix of the module's tables, permissions and routes.</summary>
    public abstract string Name { get; }

    /// <summary>The assembly whose IEntityTypeConfiguration classes and Razor pages belong to the module.</summary>
    public virtual System.Reflection.Assembly Assembly => GetType().Assembly;

    public virtual void ConfigureServices(IHostApplicationBuilder builder) { }

    public virtual void DefinePermissions(PermissionDefinitionContext context) { }

    public virtual void DefineSettings(SettingDefinitionContext context) { }

    public virtual void ConfigureMenu(MenuBuilder menu) { }

    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints) { }
}
