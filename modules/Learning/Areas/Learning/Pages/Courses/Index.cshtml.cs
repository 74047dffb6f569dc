using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Learning.Application;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Learning.Areas.Learning.Pages.Courses;

/// <summary>The authors' list: the courses the user owns, drafts included, searchable and by status.</summary>
[Authorize(Policy = LearningPermissions.Courses.Manage)]
public sealed class IndexModel(ReadCourses read) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public CourseStatus? Status { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<CourseRowDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await read.EditableAsync(new PageRequest(PageNumber, Search: Search), new CourseFilter(Status), cancellationToken);
}
