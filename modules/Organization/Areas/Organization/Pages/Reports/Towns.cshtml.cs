using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Organization.Application;

namespace SafetyPortal.Organization.Areas.Organization.Pages.Reports;

[Authorize(Policy = OrganizationPermissions.Reports.Towns)]
public sealed class TownsModel(ReportTowns report, IAuthorizationService authorization) : PageModel
{
    public TownOverviewDto Overview { get; private set; } = null!;
    public bool CanEnter { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Overview = await report.GetAsync(cancellationToken);
        CanEnter = (await authorization.AuthorizeAsync(User, OrganizationPermissions.Tenants.Enter)).Succeeded;
    }
}
