using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Organization.Application;

/// <summary>
/// Bureau staff switch into a town as one of its users (its town admin unless they name another), and back.
/// The new sign-in carries the bureau user in the impersonation claims, so the audit log names them on every
/// write made in the town; the switch itself is a write of the bureau side and is logged there.
/// </summary>
public sealed class SwitchTown(
    SignInManager<PortalUser> signIn,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    IStringLocalizer<OrganizationResource> text)
{
    /// <param name="scheme">IdentityConstants.ApplicationScheme for the browser cookie, IdentityConstants.BearerScheme for a token.</param>
    public async Task EnterAsync(Guid tenantId, EnterTownRequest request, ClaimsPrincipal bureauUser, string scheme, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(bureauUser);
        if (currentTenant.IsAvailable || bureauUser.IsImpersonated())
        {
            throw new ForbiddenException(text["EnterTownOnlyFromBureau"]);
        }
        var town = await tenants.FindByIdAsync(tenantId, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Tenant), tenantId);
        if (!town.IsActive)
        {
            throw ValidationException.For("TenantId", text["EnterTownDisabled", town.Name]);
        }
        var impersonation = Impersonation.ClaimsFor(
            Guid.Parse(bureauUser.FindFirstValue(ClaimTypes.NameIdentifier)!),
            bureauUser.FindFirstValue(PortalClaimTypes.DisplayName) ?? bureauUser.Identity?.Name ?? "");
        using (currentTenant.Change(town.Id, town.Name))
        {
            var user = await FindTownUserAsync(request.UserName, town, cancellationToken);
            signIn.AuthenticationScheme = scheme;
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, impersonation);
            // SignInManager also makes the new principal the request's user; the audit log of this request
            // must name the bureau user who switched, so the request keeps its own.
            signIn.Context.User = bureauUser;
        }
    }

    /// <summary>Back to the bureau: signs the bureau user in again, as themselves.</summary>
    public async Task LeaveAsync(ClaimsPrincipal user, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.ImpersonatorId() is not { } bureauUserId)
        {
            throw new ForbiddenException(text["LeaveTownNotSwitched"]);
        }
        using (currentTenant.Change(null))
        {
            var bureauUser = await signIn.UserManager.FindByIdAsync(bureauUserId.ToString());
            if (bureauUser is not { IsActive: true } || await signIn.UserManager.IsLockedOutAsync(bureauUser))
            {
                throw new ForbiddenException(text["LeaveTownAccountUnavailable"]);
            }
            signIn.AuthenticationScheme = scheme;
            await signIn.SignInAsync(bureauUser, isPersistent: false);
            signIn.Context.User = user;
        }
    }

    private async Task<PortalUser> FindTownUserAsync(string? userName, TenantInfo town, CancellationToken cancellationToken)
    {
        PortalUser? user;
        if (string.IsNullOrWhiteSpace(userName))
        {
            var admins = await signIn.UserManager.GetUsersInRoleAsync(PortalRoles.TownAdmin);
            user = admins.Where(u => u.IsActive).OrderBy(u => u.UserName, StringComparer.Ordinal).FirstOrDefault()
                ?? throw ValidationException.For(nameof(EnterTownRequest.UserName), text["EnterTownNoAdmin", town.Name]);
        }
        else
        {
            user = await signIn.UserManager.FindBySignInNameAsync(userName, cancellationToken)
                ?? throw ValidationException.For(nameof(EnterTownRequest.UserName), text["EnterTownUserNotFound", town.Name, userName.Trim()]);
        }
        if (!user.IsActive || await signIn.UserManager.IsLockedOutAsync(user))
        {
            throw ValidationException.For(nameof(EnterTownRequest.UserName), text["EnterTownUserUnavailable", user.UserName ?? ""]);
        }
        return user;
    }
}
