using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Workflows.Notifications;

/// <summary>
/// A minimal notice to one user (a task was assigned to them, a deadline passed). Kept in its own folder so a
/// notification centre can take it over later.
/// </summary>
public class WorkflowNotification : Entity, IMultiTenant, IHasCreationTime
{
    public Guid? TenantId { get; set; }
    public string UserName { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Body { get; set; }
    public Guid? TaskId { get; set; }
    public Guid? InstanceId { get; set; }
    public DateTime CreationTime { get; set; }
    public DateTime? ReadTime { get; set; }
}
