namespace SafetyPortal.Exams.Attempts;

/// <summary>What the page reported: it was hidden (the candidate left it) or became visible again.</summary>
public enum LeavePageEventKind
{
    Hidden = 1,
    Visible = 2,
}
