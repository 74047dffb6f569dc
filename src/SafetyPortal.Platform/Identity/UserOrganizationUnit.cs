namespace SafetyPortal.Platform.Identity;

/// <summary>One membership: the unit (and the enterprise it belongs to) and the user's position (岗位) there.</summary>
public sealed record UserOrganizationUnit(
    Guid OrganizationUnitId,
    string Code,
    string DisplayName,
    string Kind,
    Guid? EnterpriseId,
    string? Position);
