namespace SafetyPortal.Identity.Application.Account;

public sealed record TenantSummaryDto(Guid Id, string Code, string Name);
