using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Inspections.WorkOrders;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Inspections.Areas.Inspections.Pages.WorkOrders;

/// <summary>
/// 工单: enterprise staff get their work orders of campaigns running today, those still to answer first; town staff and the
/// bureau get the campaigns with this period's completion, and those who may push get the way to push one.
/// </summary>
[Authorize(Policy = InspectionsPermissions.WorkOrders.Default)]
public sealed class IndexModel(WorkOrderBoard board, SignedInUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    /// <summary>Sees only their own enterprises: gets "my work orders" instead of the campaigns.</summary>
    public bool IsEnterprise { get; private set; }
    public bool MayPush { get; private set; }
    public IReadOnlyList<WorkOrderDto> Mine { get; private set; } = [];
    public PagedResult<WorkOrderCampaignDto> Campaigns { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsEnterprise = await user.VisibleEnterprisesAsync(cancellationToken) is not null;
        MayPush = await user.IsGrantedAsync(InspectionsPermissions.WorkOrders.Manage);
        if (IsEnterprise)
        {
            Mine = await board.MineAsync(cancellationToken);
        }
        else
        {
            Campaigns = await board.ListCampaignsAsync(new PageRequest(PageNumber, PageRequest.DefaultPageSize, Search), cancellationToken);
        }
    }
}
