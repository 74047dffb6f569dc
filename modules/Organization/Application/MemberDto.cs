namespace SafetyPortal.Organization.Application;

public sealed record MemberDto(Guid UserId, string UserName, string DisplayName, string? Position, Guid OrganizationUnitId, string UnitName);
