namespace SafetyPortal.Platform.Permissions;

/// <summary>What a module's DefinePermissions writes into.</summary>
public sealed class PermissionDefinitionContext
{
    private readonly List<PermissionGroupDefinition> _groups = [];

    public IReadOnlyList<PermissionGroupDefinition> Groups => _groups;

    public PermissionGroupDefinition AddGroup(string name, string displayNameKey, Type resource)
    {
        var group = new PermissionGroupDefinition(name, displayNameKey, resource);
        _groups.Add(group);
        return group;
    }
}
