using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Learning.Application;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Learning.Areas.Learning.Pages.Catalogue;

/// <summary>The learners' catalogue: published courses meant for them, searchable, by owner, key site or tag.</summary>
[Authorize(Policy = LearningPermissions.Courses.Default)]
public sealed class IndexModel(ReadCourses read) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public CourseOwner? Owner { get; set; }

    [BindProperty(SupportsGet = true)]
    public KeySites? KeySite { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<CourseRowDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await read.CatalogueAsync(new PageRequest(PageNumber, 12, Search), new CourseFilter(null, Owner, KeySite, Tag), cancellationToken);
}
