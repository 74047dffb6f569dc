using System.Globalization;

namespace SafetyPortal.Platform.Settings;

public static class WholeNumberSettings
{
    /// <summary>
    /// The setting as a whole number (read as the store checks <see cref="SettingValueType.WholeNumber"/> values) when it lies
    /// from <paramref name="min"/> to <paramref name="max"/>; otherwise, or when unset, <paramref name="fallback"/>.
    /// </summary>
    public static async Task<int> GetWholeNumberAsync(this ISettingProvider settings, string name, int fallback, int min = 1, int max = int.MaxValue,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return int.TryParse(await settings.GetOrNullAsync(name, cancellationToken), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max
            ? value
            : fallback;
    }
}
