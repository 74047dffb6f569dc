using System.Globalization;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Learning.Compliance;

/// <summary>The regulatory hours as module settings (global and town level); a town value below the statute counts as the statute.</summary>
public static class ComplianceSettings
{
    public const string Prefix = "Learning.Hours.";

    private static readonly (string Name, Func<RegulatoryHours, decimal> Read)[] Values =
    [
        ("ManagerInitial", h => h.ManagerInitial),
        ("ManagerRefresher", h => h.ManagerRefresher),
        ("ManagerInitialHighRisk", h => h.ManagerInitialHighRisk),
        ("ManagerRefresherHighRisk", h => h.ManagerRefresherHighRisk),
        ("FrontlinePreJob", h => h.FrontlinePreJob),
        ("FrontlinePreJobHighRisk", h => h.FrontlinePreJobHighRisk),
        ("FrontlineRefresher", h => h.FrontlineRefresher),
        ("FrontlineRefresherHighRisk", h => h.FrontlineRefresherHighRisk),
        ("Retraining", h => h.Retraining),
    ];

    public static void Define(SettingDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (name, read) in Values)
        {
            context.Add(new SettingDefinition(Prefix + name, read(RegulatoryHours.Statutory).ToString(CultureInfo.InvariantCulture),
                "Setting:Hours." + name, typeof(LearningResource), SettingLevels.Global | SettingLevels.Town, SettingValueType.WholeNumber));
        }
    }

    /// <summary>The effective hours for the current town.</summary>
    public static async Task<RegulatoryHours> ReadAsync(ISettingProvider settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var values = new decimal[Values.Length];
        for (var i = 0; i < Values.Length; i++)
        {
            var text = await settings.GetOrNullAsync(Prefix + Values[i].Name, cancellationToken);
            values[i] = decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : Values[i].Read(RegulatoryHours.Statutory);
        }
        return new RegulatoryHours(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8]).AtLeastStatutory();
    }
}
