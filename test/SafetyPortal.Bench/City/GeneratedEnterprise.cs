namespace SafetyPortal.Bench.City;

/// <summary>An enterprise with a valid credit code (GB 32100) and the departments its staff rows name.</summary>
public sealed record GeneratedEnterprise(int Index, int Town, string Name, string CreditCode, string IndustryCode, string KeySites,
    string RegulatoryGrade, string PrincipalName, string PrincipalPhone, IReadOnlyList<string> Departments);
