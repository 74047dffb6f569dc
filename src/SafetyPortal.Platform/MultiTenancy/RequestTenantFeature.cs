namespace SafetyPortal.Platform.MultiTenancy;

/// <summary>
/// The town a request worked in, as the tenancy middleware resolved it (null Id: the bureau). Set on the
/// HttpContext, so middleware that runs outside the tenancy scope, like the audit log, can read it afterwards.
/// </summary>
public sealed record RequestTenantFeature(Guid? Id, string? Name);
