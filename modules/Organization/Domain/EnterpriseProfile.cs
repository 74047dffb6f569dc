using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Organization.Domain;

/// <summary>What the town knows of an enterprise; one per organization unit of kind Enterprise, sharing its Id.</summary>
public class EnterpriseProfile : Entity, IMultiTenant
{
    public Guid? TenantId { get; set; }

    /// <summary>统一社会信用代码, unique within the town.</summary>
    public string CreditCode { get; set; } = "";
    public EnterpriseType Type { get; set; } = EnterpriseType.IndustryAndTrade;

    /// <summary>GB/T 4754 category code: a section letter and optionally a division, e.g. "C" or "C33".</summary>
    public string? IndustryCode { get; set; }
    public EnterpriseScale Scale { get; set; }
    public string? Address { get; set; }
    public decimal? Longitude { get; set; }
    public decimal? Latitude { get; set; }
    public string? PrincipalName { get; set; }
    public string? PrincipalPhone { get; set; }
    public string? SafetyManagerName { get; set; }
    public string? SafetyManagerPhone { get; set; }
    public KeySites KeySites { get; set; }
    public RegulatoryGrade RegulatoryGrade { get; set; }

    /// <summary>The grid (网格) the enterprise belongs to, if any; its officer patrols it.</summary>
    public Guid? GridId { get; set; }
}
