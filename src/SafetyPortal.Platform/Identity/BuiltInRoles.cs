using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Platform.Identity;

/// <summary>
/// The roles every install has, on the side they live on; the admin roles hold every permission of their side.
/// Built-in roles are seeded at every start, so they can be neither renamed nor deleted.
/// </summary>
public static class BuiltInRoles
{
    public static readonly IReadOnlyList<string> Host =
        [PortalRoles.BureauAdmin, PortalRoles.BureauInspector, PortalRoles.WorkflowDesigner];

    public static readonly IReadOnlyList<string> Town =
    [
        PortalRoles.TownAdmin, PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
        PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager, PortalRoles.Employee,
    ];

    public static string AdminOf(MultiTenancySides side) =>
        side == MultiTenancySides.Host ? PortalRoles.BureauAdmin : PortalRoles.TownAdmin;

    public static bool IsBuiltIn(string? roleName, MultiTenancySides side) =>
        roleName is not null && (side == MultiTenancySides.Host ? Host : Town).Contains(roleName, StringComparer.OrdinalIgnoreCase);
}
