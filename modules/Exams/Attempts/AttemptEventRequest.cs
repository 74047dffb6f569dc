namespace SafetyPortal.Exams.Attempts;

/// <summary>Something the page noticed; "hidden" (the page was left) is counted.</summary>
public sealed record AttemptEventRequest(string? Kind);
