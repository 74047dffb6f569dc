namespace SafetyPortal.Learning.Domain;

/// <summary>
/// The heartbeat credit rules. Study time is the server's time between accepted beats of one session, never more than
/// <see cref="CreditCap"/> per beat, and only for intervals the player says were visible and active (videos: playing).
/// Whatever the client claims, a session never earns more than the wall-clock time it was open.
/// </summary>
public static class StudyClock
{
    /// <summary>How often the player beats.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    /// <summary>Beats closer than this to the previous one are ignored (the time still counts at the next beat).</summary>
    public static readonly TimeSpan ShortestInterval = TimeSpan.FromSeconds(5);

    /// <summary>After a silence this long nobody knows what happened: the interval earns nothing.</summary>
    public static readonly TimeSpan LongestInterval = TimeSpan.FromSeconds(90);

    /// <summary>Most seconds one beat earns: the interval plus some jitter.</summary>
    public static readonly TimeSpan CreditCap = TimeSpan.FromSeconds(40);

    /// <summary>How far ahead of the server a client clock may be.</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromSeconds(60);

    /// <summary>The fastest playback rate the player offers.</summary>
    public const double MaxPlaybackRate = 2.0;

    /// <summary>Seconds of slack for position and clock comparisons (network delay, timer jitter).</summary>
    public const double SlackSeconds = 5;

    public static HeartbeatOutcome Judge(StudySession session, Heartbeat beat, DateTime now, LessonKind kind)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(beat);
        if (session.EndedTime is not null)
        {
            return Refuse(HeartbeatVerdict.OverlappingSession);
        }
        if (beat.ClientTime > now + ClockTolerance)
        {
            return Refuse(HeartbeatVerdict.FutureTimestamp);
        }
        var elapsed = now - session.LastBeatTime;
        if (elapsed < ShortestInterval)
        {
            return new HeartbeatOutcome(HeartbeatVerdict.TooSoon, 0, AdvancesClock: false);
        }
        if (session.LastClientTime is { } lastClient)
        {
            var claimed = (beat.ClientTime - lastClient).TotalSeconds;
            if (claimed < -SlackSeconds || claimed > elapsed.TotalSeconds * 1.5 + SlackSeconds)
            {
                return Refuse(HeartbeatVerdict.ClockRate);
            }
        }
        if (elapsed > LongestInterval)
        {
            return new HeartbeatOutcome(HeartbeatVerdict.Gap, 0, AdvancesClock: true);
        }
        if (kind == LessonKind.Video && beat.Position - session.LastPosition > elapsed.TotalSeconds * MaxPlaybackRate + SlackSeconds)
        {
            return Refuse(HeartbeatVerdict.PositionJump);
        }
        var studying = beat.Visible && (kind == LessonKind.Video ? beat.Playing : beat.Active);
        if (!studying)
        {
            return new HeartbeatOutcome(HeartbeatVerdict.Idle, 0, AdvancesClock: true);
        }
        var seconds = (int)Math.Floor(Math.Min(elapsed.TotalSeconds, CreditCap.TotalSeconds));
        return new HeartbeatOutcome(HeartbeatVerdict.Credited, seconds, AdvancesClock: true);
    }

    /// <summary>Applies an outcome to the session and the learner's progress.</summary>
    public static void Apply(StudySession session, LessonProgress progress, Heartbeat beat, HeartbeatOutcome outcome, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(beat);
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.IsForged)
        {
            session.RejectedBeats++;
        }
        if (!outcome.AdvancesClock)
        {
            return;
        }
        var playedOn = outcome.Verdict == HeartbeatVerdict.Credited && session.LastPosition <= progress.WatchedUpTo + SlackSeconds;
        if (playedOn && beat.Position > progress.WatchedUpTo)
        {
            progress.WatchedUpTo = beat.Position;
        }
        session.LastBeatTime = now;
        if (outcome.Verdict is HeartbeatVerdict.FutureTimestamp or HeartbeatVerdict.OverlappingSession)
        {
            return;
        }
        session.LastClientTime = beat.ClientTime;
        if (outcome.Verdict != HeartbeatVerdict.ClockRate)
        {
            session.LastPosition = beat.Position;
            progress.LastPosition = beat.Position;
        }
        if (outcome.CreditedSeconds > 0)
        {
            session.AcceptedBeats++;
            session.CreditedSeconds += outcome.CreditedSeconds;
            progress.StudiedSeconds += outcome.CreditedSeconds;
            progress.LastStudyTime = now;
        }
    }

    private static HeartbeatOutcome Refuse(HeartbeatVerdict verdict) => new(verdict, 0, AdvancesClock: true);
}
