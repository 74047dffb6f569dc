namespace SafetyPortal.Platform.Modularity;

/// <summary>The modules of this host, in the order Program.cs added them.</summary>
public sealed class ModuleCatalog
{
    private readonly List<PortalModule> _modules = [];

    /// <summary>A catalog of the given modules, for tools and tests that compose without a host.</summary>
    public ModuleCatalog(params PortalModule[] modules)
    {
        foreach (var module in modules)
        {
            Add(module);
        }
    }

    public IReadOnlyList<PortalModule> Modules => _modules;

    internal void Add(PortalModule module)
    {
        if (_modules.Any(m => m.GetType() == module.GetType()))
        {
            throw new InvalidOperationException($"Module {module.Name} is added twice.");
        }
        _modules.Add(module);
    }
}
