using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Manage;

/// <summary>Create or edit an exam; field errors from the use case appear beside the fields.</summary>
[Authorize(Policy = ExamsPermissions.Exams.Manage)]
public sealed class EditModel(ManageExams exams, ManagePapers papers, ITrainingPlanCompletion plans) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public ExamForm Form { get; set; } = new();

    public IReadOnlyList<PaperDto> Papers { get; private set; } = [];

    /// <summary>Training plans of this town (and the bureau's) an exam may require; at most <see cref="MaxPlans"/>, newest first.</summary>
    public IReadOnlyList<TrainingPlanSummary> Plans { get; private set; } = [];

    public const int MaxPlans = 200;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            Form = ExamForm.From(await exams.GetAsync(id, cancellationToken));
        }
        await LoadChoicesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var request = Form.ToRequest();
            _ = Id is { } id ? await exams.UpdateAsync(id, request, cancellationToken) : await exams.CreateAsync(request, cancellationToken);
            return RedirectToPage("Index");
        }
        catch (ValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid, nameof(Form));
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Papers = (await papers.ListAsync(new PageRequest(1, PageRequest.MaxPageSize), cancellationToken)).Items;
        Plans = await plans.FindPlansAsync(null, MaxPlans, cancellationToken);
        if (Form.RequiredPlanId is { } planId && Plans.All(p => p.Id != planId))
        {
            // The exam's plan, kept selectable when it is no longer among the newest (or was taken back to draft).
            Plans = [.. Plans, .. (await plans.GetPlansAsync([planId], cancellationToken)).Values];
        }
    }
}
