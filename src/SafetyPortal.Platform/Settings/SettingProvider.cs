namespace SafetyPortal.Platform.Settings;

/// <summary>The effective value of a setting for the current request's town, enterprise and user.</summary>
internal sealed class SettingProvider(SettingStore store, CurrentSettingScope scope) : ISettingProvider
{
    public async Task<string?> GetOrNullAsync(string name, CancellationToken cancellationToken = default) =>
        (await store.ResolveAsync(name, await scope.GetAsync(cancellationToken), cancellationToken)).Value;
}
