using SafetyPortal.Platform.Learning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Learning.Tracking;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Learning.Areas.Learning.Pages.Tracking;

/// <summary>The people behind a tracking figure (same criteria), with search, paging, reminders and Excel export.</summary>
[Authorize(Policy = LearningPermissions.Tracking.Default)]
public sealed class PeopleModel(ReadTracking read, RemindLearners remind, IPermissionChecker permissions) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? TownId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? EnterpriseId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? UnitId { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? PlanId { get; set; }
    [BindProperty(SupportsGet = true)] public TrainingAudience? Audience { get; set; }
    [BindProperty(SupportsGet = true)] public TrackingState? State { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<PersonRowDto> Result { get; private set; } = null!;
    public bool CanRemind { get; private set; }
    public RemindResult? Reminded { get; private set; }

    private TrackingFilter Filter => new(TownId, EnterpriseId, UnitId, PlanId, Audience, State);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostRemindAsync(CancellationToken cancellationToken)
    {
        if (await permissions.IsGrantedAsync(User, LearningPermissions.Tracking.Manage))
        {
            Reminded = await remind.RemindAsync(new RemindRequest(EnterpriseId, UnitId, PlanId, State == TrackingState.Overdue), cancellationToken);
        }
        await LoadAsync(cancellationToken);
    }

    public string ExportUrl => "/api/learning/tracking/people/export" + Request.QueryString;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CanRemind = State != TrackingState.Completed && await permissions.IsGrantedAsync(User, LearningPermissions.Tracking.Manage);
        Result = await read.PeopleAsync(new PageRequest(PageNumber, PageRequest.DefaultPageSize, Search), Filter, cancellationToken);
    }
}
