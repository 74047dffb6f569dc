namespace SafetyPortal.Platform.Learning;

/// <summary>
/// The yearly credit-hour ledger (学时档案) other modules add to (articles, exams, offline training); implemented by the
/// Learning module. The entry joins the caller's unit of work: it is written by the caller's next SaveChanges of the
/// shared context, so a rolled-back step grants nothing.
/// </summary>
public interface ICreditHourLedger
{
    /// <summary>
    /// Adds the entry unless the user already has one for this source and source id (then nothing changes and the
    /// answer is false). The year is the calendar year in China time of the moment it is earned.
    /// </summary>
    Task<bool> AddAsync(CreditHourGrant grant, CancellationToken cancellationToken = default);
}
