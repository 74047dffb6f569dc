using System.Globalization;
using SafetyPortal.Articles.Commendations.Ranking;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Articles.Commendations;

/// <summary>
/// The ranking's weights, thresholds and list sizes as settings (city and town level): <c>Articles.Commendations.*</c>.
/// Defaults: <see cref="EnterpriseRankingRules.Default"/> and <see cref="IndividualRankingRules.Default"/>.
/// </summary>
public static class CommendationSettings
{
    public const string Prefix = "Articles.Commendations.";

    private static readonly (string Name, decimal Default, SettingValueType Type)[] Values =
    [
        ("Weights.Coverage", EnterpriseWeights.Default.Coverage, SettingValueType.Number),
        ("Weights.HoursPerHead", EnterpriseWeights.Default.HoursPerHead, SettingValueType.Number),
        ("Weights.PassRate", EnterpriseWeights.Default.PassRate, SettingValueType.Number),
        ("Weights.FirstAttemptPassRate", EnterpriseWeights.Default.FirstAttemptPassRate, SettingValueType.Number),
        ("Weights.TimelyCompletion", EnterpriseWeights.Default.TimelyCompletion, SettingValueType.Number),
        ("MinStaff", EnterpriseRankingRules.Default.MinStaff, SettingValueType.WholeNumber),
        ("MinCoverage", EnterpriseRankingRules.Default.MinCoverage, SettingValueType.Number),
        ("MinPassRate", EnterpriseRankingRules.Default.MinPassRate, SettingValueType.Number),
        ("ListSize", EnterpriseRankingRules.Default.ListSize, SettingValueType.WholeNumber),
        ("Individuals.HoursWeight", IndividualRankingRules.Default.HoursWeight, SettingValueType.Number),
        ("Individuals.ScoreWeight", IndividualRankingRules.Default.ScoreWeight, SettingValueType.Number),
        ("Individuals.MinHours", IndividualRankingRules.Default.MinHours, SettingValueType.Number),
        ("Individuals.ListSize", IndividualRankingRules.Default.ListSize, SettingValueType.WholeNumber),
    ];

    public static void Define(SettingDefinitionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (name, value, type) in Values)
        {
            context.Add(new SettingDefinition(Prefix + name, value.ToString(CultureInfo.InvariantCulture), "Setting:Commendations." + name,
                typeof(ArticlesResource), SettingLevels.Global | SettingLevels.Town, type));
        }
    }

    /// <summary>The rules in force in the current town.</summary>
    public static async Task<(EnterpriseRankingRules Enterprises, IndividualRankingRules Individuals)> ReadAsync(ISettingProvider settings,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var v = new decimal[Values.Length];
        for (var i = 0; i < Values.Length; i++)
        {
            var text = await settings.GetOrNullAsync(Prefix + Values[i].Name, cancellationToken);
            v[i] = decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0 ? parsed : Values[i].Default;
        }
        return (new EnterpriseRankingRules(new EnterpriseWeights(v[0], v[1], v[2], v[3], v[4]), (int)v[5], v[6], v[7], (int)v[8]),
            new IndividualRankingRules(v[9], v[10], v[11], (int)v[12]));
    }
}
