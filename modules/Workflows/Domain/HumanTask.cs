using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Workflows.Domain;

/// <summary>
/// A user task waiting for a person. Candidates are stored as |a|b| lists: user names in CandidateUsers; role
/// names, "unit:ID" and "unit:ID:Role" in CandidateGroups. Assignee and Owner are user names, as in Camunda.
/// </summary>
public class HumanTask : Entity, IMultiTenant, IHasConcurrencyStamp, IHasCreationTime
{
    public const int MaxListLength = 1024;

    public Guid? TenantId { get; set; }
    public Guid InstanceId { get; set; }
    public string TokenId { get; set; } = "";
    public string ElementId { get; set; } = "";
    public string Name { get; set; } = "";
    public string ProcessKey { get; set; } = "";
    public string? BusinessKey { get; set; }
    public string? Assignee { get; set; }

    /// <summary>Who delegated the task (it comes back to them when the delegate resolves it).</summary>
    public string? Owner { get; set; }
    public string CandidateUsers { get; set; } = "";
    public string CandidateGroups { get; set; } = "";
    public string? FormKey { get; set; }
    public int Priority { get; set; } = 50;
    public DateTime? DueDate { get; set; }
    public DateTime? FollowUpDate { get; set; }
    public HumanTaskStatus Status { get; set; }
    public DateTime CreationTime { get; set; }
    public DateTime? ClaimTime { get; set; }
    public DateTime? CompletionTime { get; set; }
    public string? CompletedBy { get; set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
}
