using SafetyPortal.Platform.Modularity;

namespace SafetyPortal.Platform.Settings;

/// <summary>Every setting the modules define, collected once at start.</summary>
public sealed class SettingDefinitionManager
{
    private readonly Dictionary<string, SettingDefinition> _byName;

    public SettingDefinitionManager(ModuleCatalog catalog)
    {
        var context = new SettingDefinitionContext();
        foreach (var module in catalog.Modules)
        {
            module.DefineSettings(context);
        }
        _byName = context.Settings.ToDictionary(s => s.Name);
    }

    public IEnumerable<SettingDefinition> All => _byName.Values;

    public SettingDefinition Get(string name) =>
        _byName.GetValueOrDefault(name) ?? throw new InvalidOperationException($"Setting {name} is not defined by any module.");
}
