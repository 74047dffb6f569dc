using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Risks;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Inspections.Cycles;

/// <summary>重点企业, the enterprises the town inspects every period: by the town's settings, those with a Major or Significant
/// risk point, those with a key site or process, and those of the key regulatory grades (监管等级, A by default). Any one
/// reason makes an enterprise key.</summary>
public sealed record KeyEnterpriseRule(bool ByRiskLevel, bool BySites, IReadOnlySet<RegulatoryGrade> Grades)
{
    public static async Task<KeyEnterpriseRule> ReadAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        new(await IsOnAsync(settings, CycleSettings.KeyByRiskLevel, cancellationToken),
            await IsOnAsync(settings, CycleSettings.KeyBySites, cancellationToken),
            KeyGradeList.Parse(await settings.GetOrNullAsync(CycleSettings.KeyGrades, cancellationToken)));

    public bool IsKey(EnterpriseSummary? enterprise, IReadOnlyList<RiskPointChecklist> points) =>
        (ByRiskLevel && points.Any(p => p.Level is "Major" or "Significant"))
        || (BySites && enterprise is { KeySites: not KeySites.None })
        || (enterprise is not null && Grades.Contains(enterprise.RegulatoryGrade));

    private static async Task<bool> IsOnAsync(ISettingProvider settings, string name, CancellationToken cancellationToken) =>
        !bool.TryParse(await settings.GetOrNullAsync(name, cancellationToken), out var on) || on;
}
