using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Organization.Domain;

/// <summary>A user's place in an organization unit, with the position (岗位) held there.</summary>
public class OrganizationUnitMember : Entity, IMultiTenant, IHasCreationTime
{
    public const int MaxPositionLength = 64;

    public Guid? TenantId { get; set; }
    public Guid UserId { get; set; }
    public Guid OrganizationUnitId { get; set; }
    public string? Position { get; set; }
    public DateTime CreationTime { get; set; }
}
