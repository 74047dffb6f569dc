namespace SafetyPortal.Learning.Compliance;

/// <summary>Hours of one credit-hour ledger entry and the day (China time) they were earned.</summary>
public sealed record LedgerHours(DateOnly EarnedOn, decimal Hours);
