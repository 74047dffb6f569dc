using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Workflows.Domain;

/// <summary>One step of an instance: an element entered or left, a task claimed or completed, a timer fired, an incident.</summary>
public class JournalEntry : Entity, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid InstanceId { get; set; }
    public DateTime Time { get; set; }

    /// <summary>Orders the entries of one transaction, which share a time.</summary>
    public int Sequence { get; set; }
    public string? ElementId { get; set; }
    public string? ElementName { get; set; }
    public string Kind { get; set; } = "";
    public string? Actor { get; set; }
    public string? Detail { get; set; }
}
