namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record EnterpriseDocument(Guid Id, string Code, string DisplayName, string? CreditCode, string? KeySites, string? RegulatoryGrade, string? GridName = null);
