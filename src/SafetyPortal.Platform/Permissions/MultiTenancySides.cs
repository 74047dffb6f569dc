namespace SafetyPortal.Platform.Permissions;

/// <summary>Which side of the portal a permission can be granted on: the bureau (host), a town (tenant), or both.</summary>
[Flags]
public enum MultiTenancySides
{
    Host = 1,
    Tenant = 2,
    Both = Host | Tenant,
}
