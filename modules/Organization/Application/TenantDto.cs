namespace SafetyPortal.Organization.Application;

public sealed record TenantDto(Guid Id, string Code, string Name, bool IsActive, DateTime CreationTime, string ConcurrencyStamp);
