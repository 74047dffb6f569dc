namespace SafetyPortal.Learning.Domain;

/// <summary>
/// What the player reports about the interval since its previous heartbeat: whether the page stayed visible, whether
/// the user was active (input, scrolling) and, for videos, whether it played and where it is now.
/// </summary>
public sealed record Heartbeat(DateTime ClientTime, bool Visible, bool Active, bool Playing, double Position);
