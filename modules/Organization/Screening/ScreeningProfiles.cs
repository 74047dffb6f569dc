using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Organization.Screening;

/// <summary>What the Organization module's screening conditions share: the enterprise profiles of the scope and the texts.</summary>
internal sealed class ScreeningProfiles(PortalDbContext db, IStringLocalizer<OrganizationResource> text, IStringLocalizer<OrganizationScreeningResource> screening)
{
    public IStringLocalizer Text => text;
    public IStringLocalizer Screening => screening;

    /// <summary>The group the builder lists these conditions under (企业信息).</summary>
    public string Group => screening["Screening.Group"];

    public IQueryable<EnterpriseProfile> InScope(ScreeningScope scope) => scope.Query<EnterpriseProfile>(db).AsNoTracking();

    /// <summary>"监管等级：A 级": the condition's name and the enterprise's value.</summary>
    public ScreeningReason Reason(string conditionName, string value) => new(screening["Screening.Reason", conditionName, value]);
}
