namespace SafetyPortal.Learning.Domain;

/// <summary>How a heartbeat was judged. Only <see cref="Credited"/> earns study time.</summary>
public enum HeartbeatVerdict
{
    /// <summary>Visible and active (or playing): the server time since the previous beat counts, up to the cap.</summary>
    Credited,

    /// <summary>Hidden, idle or paused: nothing earned, the clock restarts.</summary>
    Idle,

    /// <summary>Sooner than the shortest interval after the previous beat: ignored, the clock keeps running.</summary>
    TooSoon,

    /// <summary>Longer than the longest interval since the previous beat (sleeping phone, lost network): nothing earned.</summary>
    Gap,

    /// <summary>Forged: the client's time lies in the future.</summary>
    FutureTimestamp,

    /// <summary>Forged: the client's clock ran faster than real time, or backwards.</summary>
    ClockRate,

    /// <summary>Forged: the session was ended by another of the user's sessions (second tab or device).</summary>
    OverlappingSession,

    /// <summary>Forged or a seek: the video position moved faster than playback can.</summary>
    PositionJump,
}
