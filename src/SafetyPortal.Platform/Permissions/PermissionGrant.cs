using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Platform.Permissions;

/// <summary>
/// A permission granted (or explicitly denied) to a role ("R") or a user ("U").
/// An explicit deny wins over any grant.
/// </summary>
public class PermissionGrant : Entity, IMultiTenant
{
    public const string RoleProvider = "R";
    public const string UserProvider = "U";

    public Guid? TenantId { get; set; }
    public string Name { get; set; } = "";
    public string ProviderName { get; set; } = "";
    public string ProviderKey { get; set; } = "";
    public bool IsGranted { get; set; } = true;
}
