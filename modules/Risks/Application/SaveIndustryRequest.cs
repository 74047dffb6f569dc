namespace SafetyPortal.Risks.Application;

public sealed record SaveIndustryRequest(string? Code, string? Name, int SortOrder = 0);
