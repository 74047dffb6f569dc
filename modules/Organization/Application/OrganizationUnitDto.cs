using SafetyPortal.Organization.Domain;

namespace SafetyPortal.Organization.Application;

/// <summary>A unit in an enterprise's tree; Depth 0 is the enterprise itself.</summary>
public sealed record OrganizationUnitDto(Guid Id, Guid? ParentId, string Code, string DisplayName, OrganizationUnitKind Kind, int Depth, int MemberCount, string ConcurrencyStamp);
