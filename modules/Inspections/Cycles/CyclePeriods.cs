using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Inspections.Cycles;

/// <summary>How many months each tier's period lasts in the current town (0: the tier is off).</summary>
public static class CyclePeriods
{
    public static Task<int> MonthsAsync(ISettingProvider settings, InspectionTier tier, CancellationToken cancellationToken)
    {
        var (name, fallback) = tier switch
        {
            InspectionTier.SelfCheck => (CycleSettings.SelfCheckMonths, CycleSettings.DefaultSelfCheckMonths),
            InspectionTier.Patrol => (CycleSettings.PatrolMonths, CycleSettings.DefaultPatrolMonths),
            _ => (CycleSettings.InspectionMonths, CycleSettings.DefaultInspectionMonths),
        };
        return MonthsOrFallbackAsync(settings, name, fallback, cancellationToken);
    }

    private static async Task<int> MonthsOrFallbackAsync(ISettingProvider settings, string name, int fallback, CancellationToken cancellationToken)
    {
        var months = await settings.GetWholeNumberAsync(name, fallback, 0, 12, cancellationToken);
        return CycleSettings.AllowedMonths.Contains(months) ? months : fallback;
    }
}
