namespace SafetyPortal.Learning.Application;

/// <summary>One year of a person's credit-hour ledger (学时档案): the entries, the total, and the years that have entries.</summary>
public sealed record LedgerDto(int Year, decimal TotalHours, IReadOnlyList<LedgerEntryDto> Entries, IReadOnlyList<int> Years);
