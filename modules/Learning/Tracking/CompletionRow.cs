namespace SafetyPortal.Learning.Tracking;

/// <summary>One line of a completion table: enrolments, how many are complete or overdue, and hours against requirement.</summary>
/// <param name="Id">The unit, plan, enterprise or town the line is about (null for totals and groups named by <paramref name="Key"/>).</param>
/// <param name="Key">A stable key for lines that are not records (the audience group), else the id as text.</param>
public sealed record CompletionRow(Guid? Id, string Key, string Name, int People, int Enrolled, int Completed, int Overdue, decimal HoursEarned, decimal HoursRequired)
{
    /// <summary>Completed enrolments in percent, one decimal.</summary>
    public decimal CompletionRate => Enrolled == 0 ? 0 : decimal.Round(100m * Completed / Enrolled, 1);
}
