using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Questions;

/// <summary>The question bank: filters, search, paging, and tagging the checked questions at once.</summary>
[Authorize(Policy = ExamsPermissions.Questions.Default)]
public sealed class IndexModel(ReadQuestions read, ManageCategories categories, ManageQuestions manage, IAuthorizationService authorization)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? CategoryId { get; set; }

    [BindProperty(SupportsGet = true)]
    public QuestionKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Difficulty { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? RiskCategory { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Industry { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Position { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Retired { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<QuestionRowDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);
    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];
    public string? TagMessage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Bulk tag: adds or removes one tag on the checked questions.</summary>
    public async Task<IActionResult> OnPostTagAsync(List<Guid> selected, QuestionTagKind tagKind, string? tagCode, bool remove, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, ExamsPermissions.Questions.Manage)).Succeeded)
        {
            return Forbid();
        }
        string[] codes = [tagCode ?? ""];
        var tags = tagKind switch
        {
            QuestionTagKind.RiskCategory => new QuestionTagsDto(RiskCategories: codes),
            QuestionTagKind.Industry => new QuestionTagsDto(Industries: codes),
            _ => new QuestionTagsDto(Positions: codes),
        };
        try
        {
            var result = await manage.TagAsync(new BulkTagRequest(selected, remove ? null : tags, remove ? tags : null), cancellationToken);
            TagMessage = result.Updated.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (ValidationException ex)
        {
            ModelState.AddModelError("", string.Join(" ", ex.Errors.ToDictionary().SelectMany(e => e.Value)));
        }
        catch (Exception ex) when (ex is ForbiddenException or EntityNotFoundException)
        {
            ModelState.AddModelError("", ex.Message);
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Categories = await categories.ListAsync(cancellationToken);
        Result = await read.ListAsync(new PageRequest(PageNumber, Search: Search),
            new QuestionFilter(CategoryId, null, Kind, Difficulty, RiskCategory, Industry, Position, null, Retired), cancellationToken);
    }
}
