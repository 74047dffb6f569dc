namespace SafetyPortal.Platform.Permissions;

/// <summary>A named permission, shown with a localized display name; children require their parent.</summary>
public sealed class PermissionDefinition
{
    private readonly List<PermissionDefinition> _children = [];
    private readonly HashSet<string> _defaultRoles = [];

    internal PermissionDefinition(string name, string displayNameKey, Type resource, MultiTenancySides sides, PermissionDefinition? parent)
    {
        Name = name;
        DisplayNameKey = displayNameKey;
        Resource = resource;
        Sides = sides;
        Parent = parent;
    }

    public string Name { get; }
    public string DisplayNameKey { get; }
    public Type Resource { get; }
    public MultiTenancySides Sides { get; }
    public PermissionDefinition? Parent { get; }
    public IReadOnlyList<PermissionDefinition> Children => _children;

    /// <summary>Built-in roles (besides the admin of the side) that get this permission when the role is created.</summary>
    public IReadOnlyCollection<string> DefaultRoles => _defaultRoles;

    public PermissionDefinition GrantByDefaultTo(params string[] roleNames)
    {
        _defaultRoles.UnionWith(roleNames);
        return this;
    }

    public PermissionDefinition AddChild(string name, string displayNameKey, MultiTenancySides? sides = null)
    {
        var child = new PermissionDefinition(name, displayNameKey, Resource, sides ?? Sides, this);
        _children.Add(child);
        return child;
    }
}
