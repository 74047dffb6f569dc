using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Identity.Api;
using SafetyPortal.Identity.Application;
using SafetyPortal.Identity.Application.Account;
using SafetyPortal.Identity.Application.Permissions;
using SafetyPortal.Identity.Application.Roles;
using SafetyPortal.Identity.Application.Users;
using SafetyPortal.Identity.Authentication;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Identity;

/// <summary>
/// User and role administration, the permission tree editor, and the account's own security: sign-in for API
/// clients (bearer tokens), two-factor sign-in with an authenticator app, forgotten passwords by text message.
/// </summary>
public sealed class IdentityModule : PortalModule
{
    public override string Name => "Identity";

    public override void ConfigureServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCookieOrBearerAuthentication();
        // Replaces Identity's English describer, registered by the platform before this module.
        services.AddScoped<IdentityErrorDescriber, LocalizedIdentityErrorDescriber>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<CurrentUserProfile>();
        services.AddScoped<PasswordRecovery>();
        services.AddScoped<AuthenticatorSetup>();
        services.AddScoped<UserQueries>();
        services.AddScoped<ManageUsers>();
        services.AddScoped<UserLockout>();
        services.AddScoped<RoleDisplayNames>();
        services.AddScoped<ManageRoles>();
        services.AddScoped<ManagePermissionGrants>();
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(IdentityPermissions.GroupName, "Permission:Identity", typeof(IdentityResource));
        var users = group.AddPermission(IdentityPermissions.Users.Default, "Permission:Users");
        users.AddChild(IdentityPermissions.Users.Create, "Permission:Users.Create");
        users.AddChild(IdentityPermissions.Users.Edit, "Permission:Users.Edit");
        users.AddChild(IdentityPermissions.Users.Delete, "Permission:Users.Delete");
        users.AddChild(IdentityPermissions.Users.ManagePermissions, "Permission:Users.ManagePermissions");
        var roles = group.AddPermission(IdentityPermissions.Roles.Default, "Permission:Roles");
        roles.AddChild(IdentityPermissions.Roles.Create, "Permission:Roles.Create");
        roles.AddChild(IdentityPermissions.Roles.Edit, "Permission:Roles.Edit");
        roles.AddChild(IdentityPermissions.Roles.Delete, "Permission:Roles.Delete");
        roles.AddChild(IdentityPermissions.Roles.ManagePermissions, "Permission:Roles.ManagePermissions");
    }

    public override void ConfigureMenu(MenuBuilder menu)
    {
        menu.Add(new MenuItem("Identity.Users", "Menu:Users", typeof(IdentityResource),
            "/Identity/Users", "bi-people", 950, IdentityPermissions.Users.Default));
        menu.Add(new MenuItem("Identity.Roles", "Menu:Roles", typeof(IdentityResource),
            "/Identity/Roles", "bi-person-badge", 960, IdentityPermissions.Roles.Default));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAccountApi();
        endpoints.MapAccountSecurityApi();
        endpoints.MapUsersApi();
        endpoints.MapRolesApi();
        endpoints.MapPermissionsApi();
    }
}
