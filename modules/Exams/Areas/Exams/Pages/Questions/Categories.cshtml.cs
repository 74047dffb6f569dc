using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Application;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Questions;

/// <summary>The category tree: add, rename or move one's own categories, delete empty ones; the bureau's are shown read-only in a town.</summary>
[Authorize(Policy = ExamsPermissions.Questions.Manage)]
public sealed class CategoriesModel(ManageCategories categories) : PageModel
{
    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];

    [BindProperty]
    public SaveCategoryRequest Input { get; set; } = new(null);

    [BindProperty(SupportsGet = true)]
    public Guid? EditId { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Categories = await categories.ListAsync(cancellationToken);
        if (EditId is { } id && Categories.FirstOrDefault(c => c.Id == id && c.CanEdit) is { } editing)
        {
            Input = new SaveCategoryRequest(editing.Name, editing.ParentId, editing.Description, editing.SortOrder, editing.ConcurrencyStamp);
        }
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => RunAsync(async () =>
    {
        if (EditId is { } id)
        {
            await categories.UpdateAsync(id, Input, cancellationToken);
        }
        else
        {
            await categories.CreateAsync(Input, cancellationToken);
        }
    }, cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(() => categories.DeleteAsync(id, cancellationToken), cancellationToken);

    private async Task<IActionResult> RunAsync(Func<Task> action, CancellationToken cancellationToken)
    {
        try
        {
            await action();
            return RedirectToPage();
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, nameof(Input), [nameof(SaveCategoryRequest.Name), nameof(SaveCategoryRequest.ParentId)]);
        }
        catch (ForbiddenException ex)
        {
            ModelState.AddModelError("", ex.Message);
        }
        Categories = await categories.ListAsync(cancellationToken);
        return Page();
    }
}
