using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Workflows.Areas.Workflows.Pages.Designer;

/// <summary>
/// The bpmn-js designer (client/src/designer.js). Everything it does goes through /api/workflows/definitions; the page
/// only hands it the version to open, the town (to recognise its own draft) and whether the user may save.
/// </summary>
[Authorize(Policy = WorkflowsPermissions.Definitions.Default)]
public sealed class EditModel(IAuthorizationService authorization, ICurrentTenant tenant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    public bool CanDesign { get; private set; }

    public Guid? TenantId => tenant.Id;

    public async Task OnGetAsync() =>
        CanDesign = (await authorization.AuthorizeAsync(User, WorkflowsPermissions.Definitions.Design)).Succeeded;
}
