using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Organization.Domain;

/// <summary>
/// 网格: a part of the town whose enterprises one safety officer (专职安全员 / 网格员) patrols. Names are unique within the
/// town; an enterprise is in at most one grid (<see cref="EnterpriseProfile.GridId"/>).
/// </summary>
public class Grid : Entity, IMultiTenant, IHasCreationTime
{
    public const int MaxNameLength = 64;

    public Guid? TenantId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The town user holding the SafetyOfficer role who patrols the grid; null while it has none.</summary>
    public Guid? OfficerId { get; set; }

    public DateTime CreationTime { get; set; }
}
