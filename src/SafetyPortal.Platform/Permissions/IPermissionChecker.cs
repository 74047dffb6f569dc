using System.Security.Claims;

namespace SafetyPortal.Platform.Permissions;

public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(ClaimsPrincipal user, string permissionName);

    /// <summary>Every permission this user holds in the current town (or on the bureau side), by name.</summary>
    Task<IReadOnlyList<string>> GetGrantedAsync(ClaimsPrincipal user);
}
