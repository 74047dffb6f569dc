using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Practice;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Mistakes;

/// <summary>错题本: the user's mistakes with filters and paging, the counts, "practise my mistakes", and removing an entry.</summary>
[Authorize(Policy = ExamsPermissions.Exams.Default)]
public sealed class IndexModel(MistakeBook book, ManageCategories categories) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? CategoryId { get; set; }

    [BindProperty(SupportsGet = true)]
    public QuestionKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Mastered { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<MistakeDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);
    public MistakeCountsDto Counts { get; private set; } = new(0, 0, 0);
    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostRemoveAsync(Guid questionId, CancellationToken cancellationToken)
    {
        try
        {
            await book.RemoveAsync(questionId, cancellationToken);
        }
        catch (EntityNotFoundException)
        {
            // Removed already (another tab): the list below shows the book as it is.
        }
        return RedirectToPage(new { CategoryId, Kind, Mastered, page = PageNumber });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Categories = await categories.ListAsync(cancellationToken);
        Counts = await book.CountsAsync(cancellationToken);
        try
        {
            Result = await book.ListAsync(new PageRequest(PageNumber), new MistakeFilter(CategoryId, Kind, Mastered), cancellationToken);
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, "", []);
        }
    }
}
