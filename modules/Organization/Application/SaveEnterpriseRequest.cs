using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Organization.Application;

/// <summary>Create or edit an enterprise; ConcurrencyStamp is the version the editor saw (edits only).</summary>
public sealed record SaveEnterpriseRequest(
    string? DisplayName,
    string? CreditCode,
    EnterpriseType Type = EnterpriseType.IndustryAndTrade,
    string? IndustryCode = null,
    EnterpriseScale Scale = EnterpriseScale.Unknown,
    string? Address = null,
    decimal? Longitude = null,
    decimal? Latitude = null,
    string? PrincipalName = null,
    string? PrincipalPhone = null,
    string? SafetyManagerName = null,
    string? SafetyManagerPhone = null,
    KeySites KeySites = KeySites.None,
    RegulatoryGrade RegulatoryGrade = RegulatoryGrade.Unrated,
    string? ConcurrencyStamp = null);
