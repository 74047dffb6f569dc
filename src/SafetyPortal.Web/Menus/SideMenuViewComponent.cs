using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Menus;

namespace SafetyPortal.Web.Menus;

/// <summary>The side menu: every module's items this user may see, with localized names.</summary>
public sealed class SideMenuViewComponent(IMenuProvider menus, IStringLocalizerFactory localizers) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var items = await menus.GetVisibleItemsAsync(HttpContext.User);
        var path = HttpContext.Request.Path;
        var model = items.Select(item => new SideMenuEntry(
                localizers.Create(item.Resource)[item.DisplayNameKey],
                item.Url,
                item.Icon,
                path.StartsWithSegments(item.Url, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return View(model);
    }
}
