using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Learning.Plans;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Learning.Areas.Learning.Pages.Plans;

/// <summary>培训计划: the plans the user sees, searched and paged, each linked to its tracking figures.</summary>
[Authorize(Policy = LearningPermissions.Plans.Default)]
public sealed class IndexModel(ManagePlans plans, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public TrainingPlanStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<PlanSummaryDto> Result { get; private set; } = null!;

    /// <summary>The user may write plans: the page offers "new" and opens plans in the editor (read-only where not theirs).</summary>
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanManage = (await authorization.AuthorizeAsync(User, LearningPermissions.Plans.Manage)).Succeeded;
        Result = await plans.ListAsync(new PageRequest(PageNumber, PageRequest.DefaultPageSize, Search), new PlanFilter(Status), cancellationToken);
    }
}
