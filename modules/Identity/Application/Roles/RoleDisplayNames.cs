using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Identity.Application.Roles;

/// <summary>Built-in roles have names in every language (Role:TownAdmin → 镇区管理员); a town's own roles are shown as named.</summary>
public sealed class RoleDisplayNames(IStringLocalizer<IdentityResource> text, ICurrentTenant currentTenant)
{
    public MultiTenancySides Side => currentTenant.IsAvailable ? MultiTenancySides.Tenant : MultiTenancySides.Host;

    public bool IsBuiltIn(string name) => BuiltInRoles.IsBuiltIn(name, Side);

    public bool IsAdmin(string name) => string.Equals(name, BuiltInRoles.AdminOf(Side), StringComparison.OrdinalIgnoreCase);

    public string For(string name) => IsBuiltIn(name) ? text[$"Role:{name}"] : name;
}
