using System.Security.Claims;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Platform.Menus;

internal sealed class MenuProvider(MenuCatalog catalog, IPermissionChecker permissions) : IMenuProvider
{
    public async Task<IReadOnlyList<MenuItem>> GetVisibleItemsAsync(ClaimsPrincipal user)
    {
        var visible = new List<MenuItem>();
        foreach (var item in catalog.Items)
        {
            if (item.RequiredPermission is null || await permissions.IsGrantedAsync(user, item.RequiredPermission))
            {
                visible.Add(item);
            }
        }
        return visible;
    }
}
