using System.Security.Claims;

namespace SafetyPortal.Platform.Menus;

public interface IMenuProvider
{
    /// <summary>The menu items this user may see, in order.</summary>
    Task<IReadOnlyList<MenuItem>> GetVisibleItemsAsync(ClaimsPrincipal user);
}
