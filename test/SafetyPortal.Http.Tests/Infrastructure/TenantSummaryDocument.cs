namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record TenantSummaryDocument(Guid Id, string Code, string Name);
