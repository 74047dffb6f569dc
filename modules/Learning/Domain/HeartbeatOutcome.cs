namespace SafetyPortal.Learning.Domain;

/// <summary>The judgement of one heartbeat: seconds to credit and whether the clock moves to this beat.</summary>
public sealed record HeartbeatOutcome(HeartbeatVerdict Verdict, int CreditedSeconds, bool AdvancesClock)
{
    /// <summary>The beat could not come from an honest player; it is logged and counted on the session.</summary>
    public bool IsForged => Verdict is HeartbeatVerdict.FutureTimestamp or HeartbeatVerdict.ClockRate
        or HeartbeatVerdict.OverlappingSession or HeartbeatVerdict.PositionJump;
}
