using Microsoft.Extensions.Configuration;

namespace SafetyPortal.Platform.Settings;

/// <summary>
/// Default, then appsettings ("Settings:{Name}"). The stored levels (global, town, enterprise, user)
/// are layered on top of this by the setting store when it arrives.
/// </summary>
internal sealed class ConfigurationSettingProvider(SettingDefinitionManager definitions, IConfiguration configuration) : ISettingProvider
{
    public Task<string?> GetOrNullAsync(string name, CancellationToken cancellationToken = default)
    {
        var definition = definitions.Get(name);
        return Task.FromResult(configuration[$"Settings:{name}"] ?? definition.DefaultValue);
    }
}
