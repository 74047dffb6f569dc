using SafetyPortal.Organization.Domain;

namespace SafetyPortal.Organization.Application;

/// <summary>A department, workshop or team under a unit; ConcurrencyStamp on rename.</summary>
public sealed record SaveUnitRequest(string? DisplayName, OrganizationUnitKind Kind = OrganizationUnitKind.Department, string? ConcurrencyStamp = null);
