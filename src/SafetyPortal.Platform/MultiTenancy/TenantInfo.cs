namespace SafetyPortal.Platform.MultiTenancy;

public sealed record TenantInfo(Guid Id, string Code, string Name, bool IsActive);
