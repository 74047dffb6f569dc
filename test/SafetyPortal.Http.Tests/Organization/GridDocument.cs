namespace SafetyPortal.Http.Tests.Organization;

public sealed record GridDocument(Guid Id, string Name, Guid? OfficerId, string? OfficerName, bool OfficerIsSafetyOfficer, int EnterpriseCount);
