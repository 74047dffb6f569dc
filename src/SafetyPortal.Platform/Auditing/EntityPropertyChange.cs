using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Platform.Auditing;

/// <summary>
/// One property of a changed entity, old → new, as invariant text. Personal data is stored masked and secrets
/// (password hashes, connection strings) as "******"; concurrency and security stamps are not stored at all.
/// </summary>
public class EntityPropertyChange : Entity, IMultiTenant
{
    public const int MaxPropertyNameLength = 128;
    public const int MaxValueLength = 512;

    public Guid EntityChangeId { get; set; }

    /// <summary>The audit log's town.</summary>
    public Guid? TenantId { get; set; }

    public string PropertyName { get; set; } = "";

    /// <summary>Null for a created entity or a value that was null.</summary>
    public string? OriginalValue { get; set; }

    /// <summary>Null for a deleted entity or a value set to null.</summary>
    public string? NewValue { get; set; }
}
