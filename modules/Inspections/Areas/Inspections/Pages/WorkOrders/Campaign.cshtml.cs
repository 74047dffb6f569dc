using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Inspections.WorkOrders;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Inspections.Areas.Inspections.Pages.WorkOrders;

/// <summary>A campaign: its facts, this period's completion in all and per town, and its work orders per enterprise.</summary>
[Authorize(Policy = InspectionsPermissions.WorkOrders.Default)]
public sealed class CampaignModel(WorkOrderBoard board, SignedInUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }

    /// <summary>Only those answered for the period (true), only those not (false), or all.</summary>
    [BindProperty(SupportsGet = true)] public bool? Answered { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    /// <summary>Arrived here straight from the push form: how many enterprises it reached.</summary>
    [BindProperty(SupportsGet = true)] public int? Pushed { get; set; }

    public bool IsBureau => user.TenantId is null;
    public WorkOrderDashboardDto Dashboard { get; private set; } = null!;
    public WorkOrderCampaignDto Campaign => Dashboard.Campaign;
    public PagedResult<WorkOrderDto> Orders { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Dashboard = await board.DashboardAsync(Id, null, cancellationToken);
        Orders = await board.OrdersAsync(Id, null, Answered, null, new PageRequest(PageNumber), cancellationToken);
    }
}
