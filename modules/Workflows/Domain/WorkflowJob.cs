using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Workflows.Domain;

/// <summary>
/// Durable work of the engine: a due timer or an activity to run. A node claims due rows with one UPDATE that sets
/// LockOwner where it is empty (or its lock expired); the job is deleted in the same transaction that moves the
/// instance on, with the lock owner as concurrency token, so a timer fires exactly once across nodes.
/// </summary>
public class WorkflowJob : Entity, IMultiTenant, IHasCreationTime
{
    public Guid? TenantId { get; set; }
    public Guid? InstanceId { get; set; }
    public string? TokenId { get; set; }
    public string ElementId { get; set; } = "";
    public JobKind Kind { get; set; }
    public DateTime DueTime { get; set; }
    public string? LockOwner { get; set; }
    public DateTime? LockExpiry { get; set; }
    public int Attempts { get; set; }

    /// <summary>Retries are spent: an incident is open and the job waits for its retry.</summary>
    public bool Failed { get; set; }
    public string? LastError { get; set; }

    /// <summary>Activity inputs, or the timer's plan (cycle repeats), as JSON.</summary>
    public string? PayloadJson { get; set; }

    /// <summary>For TimerStart jobs: the definition to start.</summary>
    public Guid? DefinitionId { get; set; }
    public DateTime CreationTime { get; set; }
}
