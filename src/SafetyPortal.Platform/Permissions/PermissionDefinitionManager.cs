using SafetyPortal.Platform.Modularity;

namespace SafetyPortal.Platform.Permissions;

/// <summary>Every permission the modules define, collected once at start.</summary>
public sealed class PermissionDefinitionManager
{
    private readonly Dictionary<string, PermissionDefinition> _byName;

    public PermissionDefinitionManager(ModuleCatalog catalog)
    {
        var context = new PermissionDefinitionContext();
        foreach (var module in catalog.Modules)
        {
            module.DefinePermissions(context);
        }
        Groups = context.Groups;
        _byName = [];
        foreach (var permission in Groups.SelectMany(g => g.Permissions).SelectMany(Flatten))
        {
            if (!_byName.TryAdd(permission.Name, permission))
            {
                throw new InvalidOperationException($"Permission {permission.Name} is defined twice.");
            }
        }
    }

    public IReadOnlyList<PermissionGroupDefinition> Groups { get; }

    public IEnumerable<PermissionDefinition> All => _byName.Values;

    public PermissionDefinition? Find(string name) => _byName.GetValueOrDefault(name);

    private static IEnumerable<PermissionDefinition> Flatten(PermissionDefinition permission) =>
        permission.Children.SelectMany(Flatten).Prepend(permission);
}
