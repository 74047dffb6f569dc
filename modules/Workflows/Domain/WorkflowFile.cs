using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Workflows.Domain;

/// <summary>
/// A file of an instance kept in the kernel file store (Id is the stored file's id): a photo or document uploaded
/// on a task's form, or a document an activity generated (TaskId null). Who may read it follows the instance.
/// </summary>
public class WorkflowFile : Entity, IMultiTenant, IHasCreationTime
{
    public const int MaxNameLength = 256;

    public Guid? TenantId { get; set; }
    public Guid InstanceId { get; set; }
    public Guid? TaskId { get; set; }
    public string ElementId { get; set; } = "";

    /// <summary>The file store's container ("workflows/tasks", "workflows/documents").</summary>
    public string Container { get; set; } = "";
    public string Name { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime CreationTime { get; set; }
}
