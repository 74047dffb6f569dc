namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// Something the page noticed: "hidden" (the page was left) is counted; "hidden" and "visible" are logged, with the
/// device's time when sent (<paramref name="ClientTime"/>, UTC).
/// </summary>
public sealed record AttemptEventRequest(string? Kind, DateTime? ClientTime = null);
