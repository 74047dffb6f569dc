namespace SafetyPortal.Platform.Settings;

/// <summary>What a module's DefineSettings writes into.</summary>
public sealed class SettingDefinitionContext
{
    private readonly Dictionary<string, SettingDefinition> _settings = [];

    public IReadOnlyCollection<SettingDefinition> Settings => _settings.Values;

    public void Add(SettingDefinition setting)
    {
        if (!_settings.TryAdd(setting.Name, setting))
        {
            throw new InvalidOperationException($"Setting {setting.Name} is defined twice.");
        }
    }
}
