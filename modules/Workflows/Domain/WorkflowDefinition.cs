using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Workflows.Domain;

/// <summary>
/// One version of a BPMN process, of the bureau (TenantId null) or of one town, which overrides the bureau's
/// process of the same key. A draft has Version 0 and may change; publishing numbers it and freezes it.
/// </summary>
public class WorkflowDefinition : AggregateRoot, IMultiTenant
{
    public const int MaxKeyLength = 128;
    public const int MaxNameLength = 256;

    public Guid? TenantId { get; set; }

    /// <summary>The BPMN process id: the same key across versions.</summary>
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public int Version { get; set; }
    public DefinitionStatus Status { get; set; }
    public string Xml { get; set; } = "";

    /// <summary>SHA-256 of the XML, so a built-in file seeded again unchanged makes no new version.</summary>
    public string ContentHash { get; set; } = "";
    public bool IsValid { get; set; }
    public DateTime? PublishedTime { get; set; }
    public string? PublishedBy { get; set; }

    /// <summary>"builtin" for files of the workflows/ folder, else null.</summary>
    public string? Source { get; set; }
}
