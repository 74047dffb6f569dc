using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Identity;

/// <summary>Puts the user's town and display name into the sign-in cookie.</summary>
internal sealed class PortalUserClaimsPrincipalFactory(
    UserManager<PortalUser> userManager,
    RoleManager<PortalRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, PortalRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TenantId is { } tenantId)
        {
            identity.AddClaim(new Claim(MultiTenancyConstants.TenantIdClaim, tenantId.ToString()));
        }
        identity.AddClaim(new Claim(PortalClaimTypes.DisplayName, user.DisplayName));
        return identity;
    }
}
