using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Settings;
using SafetyPortal.Web.Menus;

namespace SafetyPortal.Web.Pages;

/// <summary>The dashboard: who and where you are, and a tile for each part of the portal you may use.</summary>
[Authorize]
public sealed class IndexModel(IMenuProvider menus, ISettingProvider settings, IStringLocalizerFactory localizers, ICurrentTenant currentTenant, IStringLocalizer<SharedResource> text)
    : PageModel
{
    public string DisplayName { get; private set; } = "";
    public string WorkplaceName { get; private set; } = "";
    public IReadOnlyList<SideMenuEntry> Entries { get; private set; } = [];
    public string? Announcement { get; private set; }

    public async Task OnGetAsync()
    {
        DisplayName = User.FindFirst(PortalClaimTypes.DisplayName)?.Value ?? User.Identity?.Name ?? "";
        WorkplaceName = currentTenant.Name ?? text["Bureau"];
        Announcement = await settings.GetOrNullAsync(Hosting.ShellModule.Announcement);
        Entries = (await menus.GetVisibleItemsAsync(User))
            .Select(i => new SideMenuEntry(localizers.Create(i.Resource)[i.DisplayNameKey], i.Url, i.Icon, false))
            .ToList();
    }
}
