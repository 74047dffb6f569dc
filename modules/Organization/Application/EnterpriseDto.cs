using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Organization.Application;

/// <summary>An enterprise with its profile as lists show it; phones stay out of lists.</summary>
public sealed record EnterpriseDto(
    Guid Id,
    string Code,
    string DisplayName,
    string? CreditCode,
    EnterpriseType? Type,
    string? IndustryCode,
    KeySites KeySites,
    RegulatoryGrade RegulatoryGrade,
    string? PrincipalName,
    Guid? GridId,
    string? GridName);
