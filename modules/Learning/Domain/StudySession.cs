using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Learning.Domain;

/// <summary>
/// One opened lesson player (a page load on one device). Heartbeats name it; study time is credited from the server's
/// clock between its accepted heartbeats. A user has one session that earns at a time: a beat while another of their
/// sessions is alive earns nothing: starting a session ends the user's others.
/// </summary>
public class StudySession : Entity, IMultiTenant, IHasConcurrencyStamp
{
    public Guid? TenantId { get; set; }
    public Guid UserId { get; set; }
    public Guid LessonId { get; set; }
    public DateTime StartedTime { get; set; }

    /// <summary>Server time of the last accepted heartbeat (or of the start): the next credit is measured from here.</summary>
    public DateTime LastBeatTime { get; set; }

    /// <summary>The client's own time at that heartbeat, to spot clocks running faster than real time.</summary>
    public DateTime? LastClientTime { get; set; }

    /// <summary>The video position at that heartbeat.</summary>
    public double LastPosition { get; set; }

    /// <summary>Set when the page closed or another session of the user started: later heartbeats earn nothing.</summary>
    public DateTime? EndedTime { get; set; }

    public int CreditedSeconds { get; set; }
    public int AcceptedBeats { get; set; }

    /// <summary>Heartbeats refused as forged (future time, overlapping session, impossible rate, position jump).</summary>
    public int RejectedBeats { get; set; }

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
}
