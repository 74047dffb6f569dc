using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Inspections.Cycles;

/// <summary>Refuses a <see cref="CycleSettings.KeyGrades"/> value naming anything but the grades A–D (or "None").</summary>
internal sealed class KeyGradesValidator(IStringLocalizer<InspectionsResource> text) : ISettingValueValidator
{
    public string SettingName => CycleSettings.KeyGrades;

    public string? Validate(string value) =>
        KeyGradeList.Unknown(value) is [_, ..] unknown ? text["KeyGradesUnknown", string.Join(", ", unknown), CycleSettings.NoKeyGrades].Value : null;
}
