using System.Globalization;
using System.Text.RegularExpressions;

namespace SafetyPortal.Workflows.Engine.Timers;

/// <summary>An ISO 8601 duration (P1Y2M3W4DT5H6M7.5S); years and months are calendar steps, not fixed lengths.</summary>
public sealed partial record IsoDuration(int Years, int Months, int Days, TimeSpan Time)
{
    public bool IsZero => Years == 0 && Months == 0 && Days == 0 && Time == TimeSpan.Zero;

    public DateTime AddTo(DateTime instant) => instant.AddYears(Years).AddMonths(Months).AddDays(Days).Add(Time);

    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = new IsoDuration(0, 0, 0, TimeSpan.Zero);
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success || match.Groups.Values.Skip(1).All(g => !g.Success))
        {
            return false;
        }
        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        var seconds = match.Groups[7].Success ? double.Parse(match.Groups[7].Value, CultureInfo.InvariantCulture) : 0;
        duration = new IsoDuration(Part(1), Part(2), (Part(3) * 7) + Part(4),
            new TimeSpan(Part(5), Part(6), 0) + TimeSpan.FromSeconds(seconds));
        return true;
    }

    [GeneratedRegex(@"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
