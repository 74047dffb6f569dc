namespace SafetyPortal.Learning.Compliance;

/// <summary>
/// The training rules as one pure function: a person's requirement, hours and status for a year.
/// <list type="bullet">
/// <item>Principals and safety managers: initial training in the year they start (32 h, high-risk 48 h), a refresher every later year (12 h / 16 h).</item>
/// <item>Frontline staff: pre-job training in the year they start (24 h, high-risk 72 h), later years the refresher (high-risk 20 h; elsewhere the town's figure, by default none).</item>
/// <item>Manufacturing frontline staff: all three levels of 三级安全教育 in the year they start.</item>
/// <item>A change of post, or a return after an absence of a year or more, in a later year: retraining hours counted from that day,
/// and in manufacturing the workshop and team levels again.</item>
/// </list>
/// A requirement not met is <see cref="ComplianceStatus.InProgress"/> while the year runs and <see cref="ComplianceStatus.NonCompliant"/> after it.
/// </summary>
public static class ComplianceCalculator
{
    public static ComplianceResult Evaluate(ComplianceInput input, int year, DateOnly today, RegulatoryHours hours)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(hours);
        var highRisk = IndustrySectors.IsHighRisk(input.IndustryCode);
        var earned = input.Ledger.Where(e => e.EarnedOn.Year == year).Sum(e => e.Hours);
        if (input.StartedOn.Year > year)
        {
            return new(year, input.Category, highRisk, TrainingRequirementKind.None, 0, earned, null, 0, 0,
                ThreeLevelTraining.None, ThreeLevelTraining.None, ComplianceStatus.NotRequired);
        }
        var isNew = input.StartedOn.Year == year;
        var manager = input.Category is PersonCategory.Principal or PersonCategory.SafetyManager;
        var (kind, required) = (manager, isNew) switch
        {
            (true, true) => (TrainingRequirementKind.Initial, highRisk ? hours.ManagerInitialHighRisk : hours.ManagerInitial),
            (true, false) => (TrainingRequirementKind.Refresher, highRisk ? hours.ManagerRefresherHighRisk : hours.ManagerRefresher),
            (false, true) => (TrainingRequirementKind.PreJob, highRisk ? hours.FrontlinePreJobHighRisk : hours.FrontlinePreJob),
            (false, false) => (TrainingRequirementKind.Refresher, highRisk ? hours.FrontlineRefresherHighRisk : hours.FrontlineRefresher),
        };

        var retrainingSince = isNew ? null : RetrainingSince(input, year);
        var retrainingRequired = retrainingSince is null ? 0 : hours.Retraining;
        var retrainingEarned = retrainingSince is { } since ? input.Ledger.Where(e => e.EarnedOn.Year == year && e.EarnedOn >= since).Sum(e => e.Hours) : 0;

        var threeLevelRequired = manager || !IndustrySectors.IsManufacturing(input.IndustryCode) ? ThreeLevelTraining.None
            : isNew ? ThreeLevelTraining.All
            : retrainingSince is not null ? ThreeLevelTraining.Workshop | ThreeLevelTraining.Team
            : ThreeLevelTraining.None;
        var threeLevelMissing = threeLevelRequired & ~input.ThreeLevelDone;

        var met = earned >= required && retrainingEarned >= retrainingRequired && threeLevelMissing == ThreeLevelTraining.None;
        var status = met ? ComplianceStatus.Compliant : year < today.Year ? ComplianceStatus.NonCompliant : ComplianceStatus.InProgress;
        return new(year, input.Category, highRisk, kind, required, earned, retrainingSince, retrainingRequired, retrainingEarned,
            threeLevelRequired, threeLevelMissing, status);
    }

    /// <summary>The later of a change of post and a return after a year or more away, when it falls in the year.</summary>
    private static DateOnly? RetrainingSince(ComplianceInput input, int year)
    {
        DateOnly? returned = input is { AbsentFrom: { } from, ReturnedOn: { } back } && back >= from.AddYears(1) ? back : null;
        DateOnly? changed = input.PostChangedOn;
        var latest = (returned, changed) switch
        {
            ({ } r, { } c) => r > c ? r : c,
            ({ } r, null) => r,
            (null, { } c) => c,
            _ => (DateOnly?)null,
        };
        return latest is { } day && day.Year == year ? day : null;
    }
}
