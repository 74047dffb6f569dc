namespace SafetyPortal.Organization.Application;

/// <summary>Puts a user of the town into a unit, by user name, with a position (岗位).</summary>
public sealed record AddMemberRequest(string? UserName, string? Position);
