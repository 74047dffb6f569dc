namespace SafetyPortal.Platform.Permissions;

/// <summary>The permissions of one module, shown together on the grant screen.</summary>
public sealed class PermissionGroupDefinition(string name, string displayNameKey, Type resource)
{
    private readonly List<PermissionDefinition> _permissions = [];

    public string Name { get; } = name;
    public string DisplayNameKey { get; } = displayNameKey;
    public Type Resource { get; } = resource;
    public IReadOnlyList<PermissionDefinition> Permissions => _permissions;

    public PermissionDefinition AddPermission(string name, string displayNameKey, MultiTenancySides sides = MultiTenancySides.Both)
    {
        var permission = new PermissionDefinition(name, displayNameKey, Resource, sides, parent: null);
        _permissions.Add(permission);
        return permission;
    }
}
