namespace SafetyPortal.Platform.MultiTenancy;

public sealed record TenantConfiguration(Guid Id, string Code, string Name, bool IsActive);
