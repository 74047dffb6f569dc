namespace SafetyPortal.Workflows.Engine.Timers;

/// <summary>When a timer fires first, and for cycles how often it fires again (RepeatsLeft -1: without end).</summary>
public sealed record TimerPlan(DateTime DueUtc, int RepeatsLeft, string? Interval);
