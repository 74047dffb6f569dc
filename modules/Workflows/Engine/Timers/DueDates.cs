using System.Globalization;

namespace SafetyPortal.Workflows.Engine.Timers;

/// <summary>A task's due or follow-up date: an ISO 8601 date-time, or a duration counted from now (P3D).</summary>
public static class DueDates
{
    public static bool TryResolve(string? text, DateTime nowUtc, out DateTime? dueUtc)
    {
        dueUtc = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        text = text.Trim();
        if (IsoDuration.TryParse(text, out var duration))
        {
            dueUtc = duration.AddTo(nowUtc);
            return true;
        }
        if (text.Contains('-', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            dueUtc = date.UtcDateTime;
            return true;
        }
        return false;
    }
}
