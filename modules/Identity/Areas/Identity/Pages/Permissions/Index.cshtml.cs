using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Identity.Api;
using SafetyPortal.Identity.Application.Permissions;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Identity.Areas.Identity.Pages.Permissions;

/// <summary>
/// The permission tree of one role (checkboxes) or one user (inherit / grant / deny per permission).
/// A child is disabled while its parent is off, because the checker requires the parent too.
/// </summary>
[Authorize]
public sealed class IndexModel(ManagePermissionGrants grants, IAuthorizationService authorization, IStringLocalizer<IdentityResource> text)
    : PageModel
{
    public const string GrantedField = "granted";
    public const string UserFieldPrefix = "permission:";

    [BindProperty(SupportsGet = true)]
    public string? ProviderName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ProviderKey { get; set; }

    public PermissionTreeDto Tree { get; private set; } = new("", "", "", true, []);

    public bool ForUser => ProviderName == PermissionGrant.UserProvider;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await PermissionsApi.MayManageAsync(authorization, User, ProviderName))
        {
            return Forbid();
        }
        Tree = await grants.GetAsync(ProviderName, ProviderKey, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await PermissionsApi.MayManageAsync(authorization, User, ProviderName))
        {
            return Forbid();
        }
        Tree = await grants.GetAsync(ProviderName, ProviderKey, cancellationToken);
        var names = Tree.Groups.SelectMany(g => g.Permissions).SelectMany(Flatten).Select(n => n.Name).ToList();
        var request = ForUser
            ? new SavePermissionGrantsRequest(
                [.. names.Where(n => Request.Form[UserFieldPrefix + n] == "grant")],
                [.. names.Where(n => Request.Form[UserFieldPrefix + n] == "deny")])
            : new SavePermissionGrantsRequest([.. Request.Form[GrantedField].Where(n => n is not null).Select(n => n!)]);
        try
        {
            await grants.SaveAsync(ProviderName, ProviderKey, request, User, cancellationToken);
        }
        catch (ValidationException ex)
        {
            foreach (var message in ex.Errors.ToDictionary().SelectMany(e => e.Value))
            {
                ModelState.AddModelError(string.Empty, message);
            }
            return Page();
        }
        TempData["Message"] = text["PermissionsSaved"].Value;
        return RedirectToPage(new { providerName = ProviderName, providerKey = ProviderKey });
    }

    private static IEnumerable<PermissionNodeDto> Flatten(PermissionNodeDto node) => node.Children.SelectMany(Flatten).Prepend(node);
}
