using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Workflows.Domain;

/// <summary>
/// One run of a process version. Its tokens (StateJson) and variables change only in one transaction per wait
/// state, guarded by the concurrency stamp: two nodes firing for one instance cannot both win.
/// </summary>
public class WorkflowInstance : Entity, IMultiTenant, IHasConcurrencyStamp
{
    public const int MaxBusinessKeyLength = 128;

    public Guid? TenantId { get; set; }
    public Guid DefinitionId { get; set; }
    public string ProcessKey { get; set; } = "";
    public int DefinitionVersion { get; set; }
    public string? BusinessKey { get; set; }
    public InstanceStatus Status { get; set; }
    public string StateJson { get; set; } = "";
    public string VariablesJson { get; set; } = "{}";

    /// <summary>The element ids tokens wait at, as |a|b|, for filters and per-step counts.</summary>
    public string ActiveElementIds { get; set; } = "";
    public bool HasIncident { get; set; }
    public DateTime StartTime { get; set; }
    public DateTime? EndTime { get; set; }
    public string? StartedBy { get; set; }

    /// <summary>Set when a call activity started this instance.</summary>
    public Guid? ParentInstanceId { get; set; }
    public string? ParentTokenId { get; set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
}
