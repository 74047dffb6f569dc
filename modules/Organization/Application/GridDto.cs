namespace SafetyPortal.Organization.Application;

/// <summary>A grid as the town's list shows it.</summary>
/// <param name="OfficerIsSafetyOfficer">False when the officer no longer holds the SafetyOfficer role: the grid's patrols then
/// go to the town's officers by share until the town names another.</param>
public sealed record GridDto(
    Guid Id,
    string Name,
    Guid? OfficerId,
    string? OfficerName,
    bool OfficerIsSafetyOfficer,
    int EnterpriseCount);
