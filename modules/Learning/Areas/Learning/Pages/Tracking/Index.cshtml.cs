using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Learning.Plans;
using SafetyPortal.Learning.Tracking;

namespace SafetyPortal.Learning.Areas.Learning.Pages.Tracking;

/// <summary>培训跟踪: the bureau's coverage per town, the town's per enterprise, or one enterprise's dashboard.</summary>
[Authorize(Policy = LearningPermissions.Tracking.Default)]
public sealed class IndexModel(ReadTracking read, TrackingScope scope, PlanAccess access) : PageModel
{
    public Guid? EnterpriseId { get; private set; }
    public Guid? PlanId { get; private set; }
    public bool IsBureau => scope.IsBureau;
    public IReadOnlyList<CompletionRow> Coverage { get; private set; } = [];
    public EnterpriseDashboardDto? Dashboard { get; private set; }

    public async Task OnGetAsync(Guid? enterpriseId, Guid? planId, CancellationToken cancellationToken)
    {
        PlanId = planId;
        if (scope.IsBureau)
        {
            Coverage = await read.BureauCoverageAsync(planId, cancellationToken);
            return;
        }
        var visible = await access.VisibleEnterprisesAsync(cancellationToken);
        EnterpriseId = enterpriseId ?? (visible is { Count: > 0 } ? visible[0] : null);
        if (EnterpriseId is { } id)
        {
            Dashboard = await read.EnterpriseDashboardAsync(id, planId, cancellationToken);
        }
        else
        {
            Coverage = await read.TownCoverageAsync(planId, cancellationToken);
        }
    }

    /// <summary>The people page showing the people behind a figure.</summary>
    public string PeopleUrl(Guid? townId = null, Guid? enterpriseId = null, Guid? unitId = null, Guid? planId = null, string? audience = null, TrackingState? state = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["townId"] = townId?.ToString(), ["enterpriseId"] = (enterpriseId ?? EnterpriseId)?.ToString(), ["unitId"] = unitId?.ToString(),
            ["planId"] = (planId ?? PlanId)?.ToString(), ["audience"] = audience, ["state"] = state?.ToString(),
        };
        return "/Learning/Tracking/People" + Microsoft.AspNetCore.Http.QueryString.Create(query.Where(q => q.Value is not null));
    }
}
