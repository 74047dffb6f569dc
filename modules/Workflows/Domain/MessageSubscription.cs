using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Workflows.Domain;

/// <summary>A token waiting for a message (receive task, message catch or boundary event), found by name and correlation key.</summary>
public class MessageSubscription : Entity, IMultiTenant, IHasCreationTime
{
    public Guid? TenantId { get; set; }
    public Guid InstanceId { get; set; }
    public string TokenId { get; set; } = "";
    public string ElementId { get; set; } = "";
    public string MessageName { get; set; } = "";

    /// <summary>The instance's business key when it started waiting.</summary>
    public string? CorrelationKey { get; set; }
    public DateTime CreationTime { get; set; }
}
