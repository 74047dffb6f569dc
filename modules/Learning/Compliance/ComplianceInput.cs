namespace SafetyPortal.Learning.Compliance;

/// <summary>What the compliance rules need to know of one person.</summary>
/// <param name="Category">Principal, safety manager or frontline.</param>
/// <param name="IndustryCode">The enterprise's GB/T 4754 code (decides high-risk and manufacturing).</param>
/// <param name="StartedOn">The day the person took up this role in the enterprise (hire, or appointment).</param>
/// <param name="PostChangedOn">The last change of post (转岗), if any.</param>
/// <param name="AbsentFrom">With <paramref name="ReturnedOn"/>: the last absence from the post (离岗).</param>
/// <param name="ReturnedOn">The day the person came back; retraining is due when the absence lasted a year or more.</param>
/// <param name="ThreeLevelDone">Levels of 三级安全教育 recorded since the person started (or last changed post or returned).</param>
/// <param name="Ledger">The ledger entries of the person (any years; only the year asked for counts).</param>
public sealed record ComplianceInput(
    PersonCategory Category,
    string? IndustryCode,
    DateOnly StartedOn,
    DateOnly? PostChangedOn,
    DateOnly? AbsentFrom,
    DateOnly? ReturnedOn,
    ThreeLevelTraining ThreeLevelDone,
    IReadOnlyList<LedgerHours> Ledger);
