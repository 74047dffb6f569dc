using SafetyPortal.Organization.Application;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Organization.Areas.Organization.Pages.Enterprises;

/// <summary>The enterprise form as the browser posts it: key sites as a list of checked boxes.</summary>
public sealed class EnterpriseForm
{
    public string? DisplayName { get; set; }
    public string? CreditCode { get; set; }
    public EnterpriseType Type { get; set; } = EnterpriseType.IndustryAndTrade;
    public string? IndustryCode { get; set; }
    public EnterpriseScale Scale { get; set; }
    public string? Address { get; set; }
    public decimal? Longitude { get; set; }
    public decimal? Latitude { get; set; }
    public string? PrincipalName { get; set; }
    public string? PrincipalPhone { get; set; }
    public string? SafetyManagerName { get; set; }
    public string? SafetyManagerPhone { get; set; }
    public List<KeySites> Sites { get; set; } = [];
    public RegulatoryGrade RegulatoryGrade { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public SaveEnterpriseRequest ToRequest() => new(DisplayName, CreditCode, Type, IndustryCode, Scale, Address, Longitude, Latitude,
        PrincipalName, PrincipalPhone, SafetyManagerName, SafetyManagerPhone, Sites.Aggregate(KeySites.None, (all, s) => all | s),
        RegulatoryGrade, ConcurrencyStamp);

    public static EnterpriseForm From(EnterpriseDetailDto e) => new()
    {
        DisplayName = e.DisplayName,
        CreditCode = e.CreditCode,
        Type = e.Type,
        IndustryCode = e.IndustryCode,
        Scale = e.Scale,
        Address = e.Address,
        Longitude = e.Longitude,
        Latitude = e.Latitude,
        PrincipalName = e.PrincipalName,
        PrincipalPhone = e.PrincipalPhone,
        SafetyManagerName = e.SafetyManagerName,
        SafetyManagerPhone = e.SafetyManagerPhone,
        Sites = [.. Enum.GetValues<KeySites>().Where(s => s != KeySites.None && e.KeySites.HasFlag(s))],
        RegulatoryGrade = e.RegulatoryGrade,
        ConcurrencyStamp = e.ConcurrencyStamp,
    };
}
