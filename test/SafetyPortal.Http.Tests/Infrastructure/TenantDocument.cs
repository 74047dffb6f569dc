namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record TenantDocument(Guid Id, string Code, string Name, bool IsActive, DateTime CreationTime, string ConcurrencyStamp);
