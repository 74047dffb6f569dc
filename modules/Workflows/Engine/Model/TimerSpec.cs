namespace SafetyPortal.Workflows.Engine.Model;

/// <summary>A timer event's definition as written: ISO 8601 text or an expression that yields it.</summary>
public sealed record TimerSpec(TimerKind Kind, string Text);
