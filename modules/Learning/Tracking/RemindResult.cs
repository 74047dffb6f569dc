namespace SafetyPortal.Learning.Tracking;

/// <summary>How many enrolments were reminded, how many were skipped (reminded within the last hour), and whether a notice went out.</summary>
public sealed record RemindResult(int Reminded, int SkippedRecentlyReminded, bool Notified);
