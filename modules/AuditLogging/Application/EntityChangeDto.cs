using SafetyPortal.Platform.Auditing;

namespace SafetyPortal.AuditLogging.Application;

public sealed record EntityChangeDto(
    Guid Id,
    DateTime ChangeTime,
    EntityChangeType ChangeType,
    string EntityTypeFullName,
    string EntityId,
    IReadOnlyList<EntityPropertyChangeDto> PropertyChanges)
{
    /// <summary>"Tenant" of "SafetyPortal.Organization.Domain.Tenant".</summary>
    public string EntityTypeName
    {
        get
        {
            var generic = EntityTypeFullName.IndexOf('<', StringComparison.Ordinal);
            var name = generic < 0 ? EntityTypeFullName : EntityTypeFullName[..generic];
            return EntityTypeFullName[(name.LastIndexOf('.') + 1)..];
        }
    }
}
