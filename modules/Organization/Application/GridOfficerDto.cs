namespace SafetyPortal.Organization.Application;

/// <summary>A user of the town who holds the SafetyOfficer role, for the grid's officer picker.</summary>
public sealed record GridOfficerDto(Guid Id, string UserName, string DisplayName);
