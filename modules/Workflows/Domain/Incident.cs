using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Workflows.Domain;

/// <summary>
/// An instance that cannot go on by itself: an activity failed after its retries, a script or condition failed,
/// an error nobody catches. The token stays where it failed; a retry (after a fix) runs that step again.
/// </summary>
public class Incident : Entity, IMultiTenant, IHasCreationTime
{
    public Guid? TenantId { get; set; }
    public Guid InstanceId { get; set; }
    public string? TokenId { get; set; }
    public string ElementId { get; set; } = "";

    /// <summary>The failed job, when the failure was an activity's.</summary>
    public Guid? JobId { get; set; }
    public string Message { get; set; } = "";
    public DateTime CreationTime { get; set; }
    public DateTime? ResolvedTime { get; set; }
    public string? ResolvedBy { get; set; }
}
