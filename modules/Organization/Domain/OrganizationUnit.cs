using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Organization.Domain;

/// <summary>
/// An enterprise or a unit inside one. Code is dotted like ABP's ("00001.00042") so a subtree is one
/// prefix query: an enterprise's staff see only the units whose Code starts with theirs.
/// </summary>
public class OrganizationUnit : AggregateRoot, IMultiTenant
{
    public const int MaxDisplayNameLength = 128;

    public Guid? TenantId { get; set; }
    public Guid? ParentId { get; set; }
    public string Code { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public OrganizationUnitKind Kind { get; set; }
}
