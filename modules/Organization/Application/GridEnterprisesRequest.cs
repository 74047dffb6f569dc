namespace SafetyPortal.Organization.Application;

/// <summary>A batch of the town's enterprises to put into a grid or take out of it; all of them or none.</summary>
public sealed record GridEnterprisesRequest(IReadOnlyList<Guid>? EnterpriseIds);
