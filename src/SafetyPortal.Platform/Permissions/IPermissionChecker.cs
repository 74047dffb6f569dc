using System.Security.Claims;

namespace SafetyPortal.Platform.Permissions;

public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(ClaimsPrincipal user, string permissionName);
}
