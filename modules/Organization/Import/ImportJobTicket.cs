namespace SafetyPortal.Organization.Import;

/// <summary>What a runner needs to start a job: the job and the town it belongs to.</summary>
public sealed record ImportJobTicket(Guid JobId, Guid? TenantId);
