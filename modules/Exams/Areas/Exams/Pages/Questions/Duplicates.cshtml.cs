using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Application;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Questions;

/// <summary>Groups of live questions whose stems are the same once markup, width, spacing and punctuation are ignored.</summary>
[Authorize(Policy = ExamsPermissions.Questions.Default)]
public sealed class DuplicatesModel(ReadQuestions read) : PageModel
{
    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<DuplicateGroupDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await read.DuplicateGroupsAsync(new PageRequest(PageNumber), cancellationToken);
}
