namespace SafetyPortal.Organization.Application;

/// <summary>The user (holding SafetyOfficer in this town) who patrols the grid; null leaves the grid without an officer.</summary>
public sealed record SetGridOfficerRequest(Guid? OfficerId);
