using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Inspections.Hazards;

/// <summary>Days to rectify a hazard of each level, as the settings say for the current town.</summary>
public sealed record RectificationPeriods(int GeneralDays, int MajorDays)
{
    public int DaysFor(HazardLevel level) => level == HazardLevel.Major ? MajorDays : GeneralDays;

    public static async Task<RectificationPeriods> ReadAsync(ISettingProvider settings, CancellationToken cancellationToken) =>
        new(await DaysAsync(settings, InspectionsSettings.GeneralRectificationDays, InspectionsSettings.DefaultGeneralRectificationDays, cancellationToken),
            await DaysAsync(settings, InspectionsSettings.MajorRectificationDays, InspectionsSettings.DefaultMajorRectificationDays, cancellationToken));

    private static Task<int> DaysAsync(ISettingProvider settings, string name, int fallback, CancellationToken cancellationToken) =>
        settings.GetWholeNumberAsync(name, fallback, 1, InspectionsSettings.MaxRectificationDays, cancellationToken);
}
