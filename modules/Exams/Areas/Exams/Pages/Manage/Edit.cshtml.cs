using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Manage;

/// <summary>Create or edit an exam; field errors from the use case appear beside the fields.</summary>
[Authorize(Policy = ExamsPermissions.Exams.Manage)]
public sealed class EditModel(ManageExams exams, ManagePapers papers) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public ExamForm Form { get; set; } = new();

    public IReadOnlyList<PaperDto> Papers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            Form = ExamForm.From(await exams.GetAsync(id, cancellationToken));
        }
        await LoadPapersAsync(cancellationToken);
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
            await LoadPapersAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadPapersAsync(CancellationToken cancellationToken) =>
        Papers = (await papers.ListAsync(new PageRequest(1, PageRequest.MaxPageSize), cancellationToken)).Items;
}
