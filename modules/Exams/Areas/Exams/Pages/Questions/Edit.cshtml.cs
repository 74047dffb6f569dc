using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Application;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Questions;

/// <summary>One question: read it (bureau questions in a town are read-only), write it, retire or restore it.</summary>
[Authorize(Policy = ExamsPermissions.Questions.Default)]
public sealed class EditModel(ReadQuestions read, ManageQuestions manage, ManageCategories categories, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public QuestionForm Input { get; set; } = new();

    public QuestionDto? Question { get; private set; }
    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? categoryId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Forbid();
        }
        Input = Question is null ? new QuestionForm { CategoryId = categoryId } : QuestionForm.From(Question);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => RunAsync(async () =>
    {
        var saved = Id is { } id
            ? await manage.UpdateAsync(id, Input.ToRequest(), cancellationToken)
            : await manage.CreateAsync(Input.ToRequest(), cancellationToken);
        return RedirectToPage(new { id = saved.Id, saved = true });
    }, cancellationToken);

    public Task<IActionResult> OnPostRetireAsync(bool retired, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        await manage.RetireAsync(Id!.Value, retired, cancellationToken);
        return RedirectToPage(new { id = Id });
    }, cancellationToken);

    private async Task<IActionResult> RunAsync(Func<Task<IActionResult>> action, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, ExamsPermissions.Questions.Manage)).Succeeded)
        {
            return Forbid();
        }
        try
        {
            return await action();
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, nameof(Input));
            await LoadAsync(cancellationToken);
            return Page();
        }
        catch (ForbiddenException)
        {
            return Forbid();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Categories = await categories.ListAsync(cancellationToken);
        var manager = (await authorization.AuthorizeAsync(User, ExamsPermissions.Questions.Manage)).Succeeded;
        if (Id is { } id)
        {
            Question = await read.GetAsync(id, cancellationToken);
            CanEdit = manager && Question.CanEdit;
            return true;
        }
        CanEdit = manager;
        return manager;
    }
}
