using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Identity;

/// <summary>
/// The cookie's periodic security-stamp check runs inside authentication, before the town of the request is
/// known; without this the town user would be looked up on the bureau side, not found, and signed out.
/// So the check runs in the town named by the cookie's own tenant claim.
/// </summary>
internal sealed class TownAwareSecurityStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<PortalUser> signInManager,
    ILoggerFactory logger,
    ICurrentTenant currentTenant)
    : SecurityStampValidator<PortalUser>(options, signInManager, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var claim = context.Principal?.FindFirst(MultiTenancyConstants.TenantIdClaim)?.Value;
        using (currentTenant.Change(Guid.TryParse(claim, out var tenantId) ? tenantId : null))
        {
            await base.ValidateAsync(context);
        }
    }
}
