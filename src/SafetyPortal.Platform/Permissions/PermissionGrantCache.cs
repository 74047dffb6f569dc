using SafetyPortal.Platform.Caching;

namespace SafetyPortal.Platform.Permissions;

/// <summary>
/// The grants of a (town, user, roles) key across requests: every API call checks a permission, and the rows change
/// rarely. A change committed on this node counts at once; on another node within <see cref="Lifetime"/>.
/// </summary>
public sealed class PermissionGrantCache(EntityGenerations generations)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    internal GenerationCache<string, GrantedPermissions> Grants { get; } = new(generations, typeof(PermissionGrant), Lifetime);
}
