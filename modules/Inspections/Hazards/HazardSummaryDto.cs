namespace SafetyPortal.Inspections.Hazards;

/// <summary>
/// Counts over the filtered register: the closure rate (闭环率) is closed over all, in percent with one decimal
/// (null when there is no hazard); overdue counts hazards in rectification past their deadline.
/// </summary>
public sealed record HazardSummaryDto(int Total, int Closed, int Open, int Overdue, int Major, decimal? ClosureRate);
