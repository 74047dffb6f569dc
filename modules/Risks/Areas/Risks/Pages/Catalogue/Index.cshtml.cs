using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Platform.Application;
using SafetyPortal.Risks.Application;

namespace SafetyPortal.Risks.Areas.Risks.Pages.Catalogue;

/// <summary>The catalogue: the bureau's entries and the town's own, searchable; an entry's current version opens below.</summary>
[Authorize(Policy = RisksPermissions.Catalogue.Default)]
public sealed class IndexModel(ManageCatalogue catalogue) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<CategoryDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);
    public CategoryDetailDto? Selected { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await catalogue.ListAsync(new PageRequest(PageNumber, Search: Search), new CategoryFilter(), cancellationToken);
        if (Id is { } id && Result.Items.Any(c => c.Id == id))
        {
            Selected = await catalogue.GetAsync(id, cancellationToken);
        }
    }
}
