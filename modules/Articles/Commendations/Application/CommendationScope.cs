using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>Who may do what where: rankings and lists are the town staff's (not enterprise staff), decisions the bureau's.</summary>
public sealed class CommendationScope(ICurrentTenant tenant, IEnterpriseDirectory directory, ITenantStore towns,
    IStringLocalizer<ArticlesResource> text)
{
    public bool IsBureau => tenant.Id is null;

    public Guid? TownId => tenant.Id;

    /// <summary>A town's staff, not an enterprise's (403 otherwise).</summary>
    public async Task RequireTownStaffAsync(CancellationToken cancellationToken = default)
    {
        if (IsBureau || await directory.GetVisibleEnterpriseIdsAsync(cancellationToken) is not null)
        {
            throw new ForbiddenException(text["Commendations.TownStaffOnly"]);
        }
    }

    public void RequireBureau()
    {
        if (!IsBureau)
        {
            throw new ForbiddenException(text["Commendations.BureauOnly"]);
        }
    }

    /// <summary>Town names by id (the bureau's lists show them).</summary>
    public async Task<Dictionary<Guid, string>> TownNamesAsync(CancellationToken cancellationToken = default) =>
        (await towns.GetActiveAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
}
