namespace SafetyPortal.Organization.Application;

public sealed record EnterpriseDto(Guid Id, string Code, string DisplayName);
