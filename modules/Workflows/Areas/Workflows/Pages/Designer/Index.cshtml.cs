using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Platform.Application;
using SafetyPortal.Workflows.Application;

namespace SafetyPortal.Workflows.Areas.Workflows.Pages.Designer;

/// <summary>The processes of the bureau and the town, newest version of each, with links into the designer.</summary>
[Authorize(Policy = WorkflowsPermissions.Definitions.Default)]
public sealed class IndexModel(ManageDefinitions definitions, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<DefinitionSummaryDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);
    public bool CanDesign { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await definitions.ListAsync(new PageRequest(PageNumber, Search: Search),
            new DefinitionFilter(Status: Status, LatestOnly: string.IsNullOrEmpty(Status)), cancellationToken);
        CanDesign = (await authorization.AuthorizeAsync(User, WorkflowsPermissions.Definitions.Design)).Succeeded;
    }
}
