using Microsoft.AspNetCore.Identity;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Identity.Application.Account;

/// <summary>
/// The sign-in the login page and the API share: the town first, then the user by user name or mobile number
/// inside it (the same name in two towns is two people), then Identity's password check with lockout.
/// </summary>
public sealed class PasswordSignIn(SignInManager<PortalUser> signIn, ITenantStore tenants, ICurrentTenant currentTenant)
{
    /// <param name="scheme">IdentityConstants.ApplicationScheme for the cookie, IdentityConstants.BearerScheme for a token.</param>
    public async Task<PasswordSignInOutcome> ExecuteAsync(
        LoginRequest request, bool isPersistent, string scheme, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        TenantInfo? town = null;
        if (!string.IsNullOrWhiteSpace(request.Tenant))
        {
            town = await tenants.FindByCodeAsync(request.Tenant, cancellationToken);
            if (town is not { IsActive: true })
            {
                return PasswordSignInOutcome.TownUnavailable(request.Tenant.Trim());
            }
        }
        using (currentTenant.Change(town?.Id, town?.Name))
        {
            var user = await signIn.UserManager.FindBySignInNameAsync(request.UserName, cancellationToken);
            var password = request.Password ?? "";
            if (user is null)
            {
                return new PasswordSignInOutcome(SignInResult.Failed, town);
            }
            if (!user.IsActive)
            {
                // Only someone who knows the password learns that the account is disabled; guesses still count towards lockout.
                var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
                return new PasswordSignInOutcome(check.Succeeded ? SignInResult.NotAllowed : check, town);
            }
            signIn.AuthenticationScheme = scheme;
            var result = await signIn.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);
            if (result.RequiresTwoFactor && TwoFactorCode.Normalize(request.TwoFactorCode) is { } code)
            {
                result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent, rememberClient: false);
                return new PasswordSignInOutcome(result, town, TwoFactorCodeTried: true);
            }
            return new PasswordSignInOutcome(result, town);
        }
    }
}
