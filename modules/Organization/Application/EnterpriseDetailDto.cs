using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Organization.Application;

/// <summary>One enterprise's full profile, for its card and its edit form.</summary>
public sealed record EnterpriseDetailDto(
    Guid Id,
    string Code,
    string DisplayName,
    string CreditCode,
    EnterpriseType Type,
    string? IndustryCode,
    EnterpriseScale Scale,
    string? Address,
    decimal? Longitude,
    decimal? Latitude,
    string? PrincipalName,
    string? PrincipalPhone,
    string? SafetyManagerName,
    string? SafetyManagerPhone,
    KeySites KeySites,
    RegulatoryGrade RegulatoryGrade,
    Guid? GridId,
    string? GridName,
    string ConcurrencyStamp);
