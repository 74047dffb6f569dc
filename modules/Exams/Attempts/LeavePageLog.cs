using SafetyPortal.Platform.Data;

namespace SafetyPortal.Exams.Attempts;

/// <summary>Adds a reported visibility change to the unit of work of the attempt's save (one insert, no query).</summary>
public static class LeavePageLog
{
    /// <summary>A device clock further than this from the server's is not believed (kept null).</summary>
    public static readonly TimeSpan MaxClientSkew = TimeSpan.FromDays(1);

    /// <summary>The kind of a reported event ("hidden", "visible"), or null for anything else (not logged).</summary>
    public static LeavePageEventKind? KindOf(string? kind) =>
        string.Equals(kind, "hidden", StringComparison.OrdinalIgnoreCase) ? LeavePageEventKind.Hidden
        : string.Equals(kind, "visible", StringComparison.OrdinalIgnoreCase) ? LeavePageEventKind.Visible
        : null;

    /// <summary>The device's time as UTC when within <see cref="MaxClientSkew"/> of the server's, else null.</summary>
    public static DateTime? ClientTimeOf(DateTime? clientTime, DateTime now)
    {
        if (clientTime is not { } time)
        {
            return null;
        }
        var utc = time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime();
        return (utc - now).Duration() <= MaxClientSkew ? utc : null;
    }

    public static void Add(PortalDbContext db, Attempt attempt, AttemptEventRequest request, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(request);
        if (KindOf(request.Kind) is { } kind)
        {
            db.Add(new LeavePageEvent
            {
                TenantId = attempt.TenantId, AttemptId = attempt.Id, Kind = kind, Time = now, ClientTime = ClientTimeOf(request.ClientTime, now),
            });
        }
    }
}
