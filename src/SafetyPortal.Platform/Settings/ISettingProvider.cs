namespace SafetyPortal.Platform.Settings;

/// <summary>The effective value of a setting for the current request.</summary>
public interface ISettingProvider
{
    Task<string?> GetOrNullAsync(string name, CancellationToken cancellationToken = default);
}
