using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Risks.Application;

namespace SafetyPortal.Risks.Areas.Risks.Pages.Overview;

/// <summary>The town's (or on the host, every town's) risk overview.</summary>
[Authorize(Policy = RisksPermissions.Overview.Default)]
public sealed class IndexModel(ReadRiskOverview overview) : PageModel
{
    public RiskOverviewDto Data { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Data = await overview.GetAsync(cancellationToken);
}
