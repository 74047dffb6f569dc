using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Application;
using SafetyPortal.Learning.Plans;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Learning.Areas.Learning.Pages.Plans;

/// <summary>
/// One training plan: write a draft, publish it (which enrols its audience), enrol again, close, delete a draft. Plans
/// the user may not edit (the bureau's, seen from a town) are shown read-only.
/// </summary>
[Authorize(Policy = LearningPermissions.Plans.Manage)]
public sealed class EditModel(ManagePlans plans, ReadCourses courses, TimeProvider clock, IStringLocalizer<LearningResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public PlanForm Input { get; set; } = new();

    public PlanDto? Plan { get; private set; }

    /// <summary>Published courses the plan may name (the catalogue's first page of 200).</summary>
    public IReadOnlyList<CourseRowDto> Courses { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Input = PlanForm.New(clock.GetUtcNow().UtcDateTime);
        if (Id is { } id)
        {
            Plan = await plans.GetAsync(id, cancellationToken);
            Input = PlanForm.From(Plan);
        }
        await LoadCoursesAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => RunAsync(async () =>
    {
        var saved = Id is { } id ? await plans.GetAsync(id, cancellationToken) : null;
        var plan = saved is null
            ? await plans.CreateAsync(Input.ToRequest(null), cancellationToken)
            : await plans.UpdateAsync(saved.Id, Input.ToRequest(saved), cancellationToken);
        Message = text["Plans.Saved"];
        return RedirectToPage(new { id = plan.Id });
    }, nameof(Input), cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(string? concurrencyStamp, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        await plans.PublishAsync(Id!.Value, concurrencyStamp, cancellationToken);
        Message = text["Plans.PublishedMessage"];
        return RedirectToPage(new { id = Id });
    }, "", cancellationToken);

    public Task<IActionResult> OnPostEnrolAsync(CancellationToken cancellationToken) => RunAsync(async () =>
    {
        var result = await plans.EnrolNowAsync(Id!.Value, cancellationToken);
        Message = result.TownsQueued > 0 ? text["Plans.EnrolQueued", result.TownsQueued]
            : text["Plans.EnrolDone", result.Enrolled, result.Updated, result.Removed + result.Deactivated];
        return RedirectToPage(new { id = Id });
    }, "", cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(string? concurrencyStamp, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        await plans.CloseAsync(Id!.Value, concurrencyStamp, cancellationToken);
        return RedirectToPage(new { id = Id });
    }, "", cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken) => RunAsync(async () =>
    {
        await plans.DeleteAsync(Id!.Value, cancellationToken);
        return RedirectToPage("Index");
    }, "", cancellationToken);

    private Task<IActionResult> RunAsync(Func<Task<IActionResult>> action, string prefix, CancellationToken cancellationToken) =>
        ModelState.RunAsync(action, prefix, text["Plans.ChangedMeanwhile"], async () =>
        {
            if (Id is { } id)
            {
                Plan = await plans.GetAsync(id, cancellationToken);
            }
            await LoadCoursesAsync(cancellationToken);
            return Page();
        });

    private async Task LoadCoursesAsync(CancellationToken cancellationToken) =>
        Courses = (await courses.CatalogueAsync(new PageRequest(1, PageRequest.MaxPageSize, null), new CourseFilter(), cancellationToken)).Items;
}
