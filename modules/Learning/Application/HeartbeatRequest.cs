namespace SafetyPortal.Learning.Application;

/// <summary>
/// One heartbeat of the player about the interval since its previous one: was the page visible the whole time, was the
/// user active (input, scroll, touch), did the video play; the video position now; the client's clock; and End when
/// the page closes.
/// </summary>
public sealed record HeartbeatRequest(Guid SessionId, DateTime? ClientTime, bool Visible, bool Active, bool Playing = false, double Position = 0,
    bool End = false);
