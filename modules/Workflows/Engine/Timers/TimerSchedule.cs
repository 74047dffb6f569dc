using System.Globalization;
using SafetyPortal.Workflows.Engine.Model;

namespace SafetyPortal.Workflows.Engine.Timers;

/// <summary>Turns timeDuration, timeDate and timeCycle text (ISO 8601) into due times; cron cycles are refused.</summary>
public static class TimerSchedule
{
    /// <summary>The first firing; throws <see cref="FormatException"/> with a message a modeler understands.</summary>
    public static TimerPlan Plan(TimerKind kind, string text, DateTime nowUtc)
    {
        text = text.Trim();
        switch (kind)
        {
            case TimerKind.Duration:
                return new TimerPlan(Duration(text).AddTo(nowUtc), 0, null);
            case TimerKind.Date:
                return new TimerPlan(Date(text), 0, null);
            default:
                return Cycle(text, nowUtc);
        }
    }

    /// <summary>The firing after one of a cycle, or null when the cycle is done.</summary>
    public static TimerPlan? Next(TimerPlan fired)
    {
        if (fired.RepeatsLeft == 0 || fired.Interval is null)
        {
            return null;
        }
        return new TimerPlan(Duration(fired.Interval).AddTo(fired.DueUtc), fired.RepeatsLeft < 0 ? -1 : fired.RepeatsLeft - 1, fired.Interval);
    }

    /// <summary>The problem with a literal timer, or null when it is valid.</summary>
    public static string? ProblemOf(TimerKind kind, string text)
    {
        try
        {
            Plan(kind, text, DateTime.UtcNow);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    private static IsoDuration Duration(string text) =>
        IsoDuration.TryParse(text, out var duration)
            ? duration
            : throw new FormatException($"'{text}' is not an ISO 8601 duration such as PT10H or P7D.");

    private static DateTime Date(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) && text.Contains('-', StringComparison.Ordinal)
            ? date.UtcDateTime
            : throw new FormatException($"'{text}' is not an ISO 8601 date-time such as 2026-03-01T09:00:00+08:00.");

    /// <summary>R3/PT10H, R/PT1H (no end), R3/2026-03-01T09:00:00Z/PT1H (first firing at the start date).</summary>
    private static TimerPlan Cycle(string text, DateTime nowUtc)
    {
        var parts = text.Split('/');
        if (parts.Length is < 2 or > 3 || !parts[0].StartsWith('R'))
        {
            throw new FormatException($"'{text}' is not an ISO 8601 repeating interval such as R3/PT10H (cron cycles are not supported).");
        }
        var count = parts[0].Length == 1 ? -1
            : int.TryParse(parts[0][1..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n
            : throw new FormatException($"'{parts[0]}' in '{text}' is not a repeat count such as R3.");
        var interval = parts[^1];
        var step = Duration(interval);
        if (step.IsZero)
        {
            throw new FormatException($"The interval of '{text}' is zero.");
        }
        var first = parts.Length == 3 ? Date(parts[1]) : step.AddTo(nowUtc);
        return new TimerPlan(first, count < 0 ? -1 : count - 1, interval);
    }
}
