using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Platform.Auditing;

/// <summary>One entity created, updated or deleted by the request, with its changed properties.</summary>
public class EntityChange : Entity, IMultiTenant
{
    public const int MaxEntityTypeFullNameLength = 256;
    public const int MaxEntityIdLength = 128;

    public Guid AuditLogId { get; set; }

    /// <summary>The audit log's town.</summary>
    public Guid? TenantId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ChangeTime { get; set; }

    public EntityChangeType ChangeType { get; set; }

    /// <summary>The primary key; parts of a composite key are joined by commas.</summary>
    public string EntityId { get; set; } = "";

    /// <summary>The CLR type, e.g. SafetyPortal.Organization.Domain.Tenant.</summary>
    public string EntityTypeFullName { get; set; } = "";

    public List<EntityPropertyChange> PropertyChanges { get; set; } = [];
}
