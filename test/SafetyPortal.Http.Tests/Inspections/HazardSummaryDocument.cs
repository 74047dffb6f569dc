namespace SafetyPortal.Http.Tests.Inspections;

public sealed record HazardSummaryDocument(int Total, int Closed, int Open, int Overdue, int Major, decimal? ClosureRate);
