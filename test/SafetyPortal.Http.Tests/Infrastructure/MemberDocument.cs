namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record MemberDocument(Guid UserId, string UserName, string DisplayName, string? Position, Guid OrganizationUnitId, string UnitName);
