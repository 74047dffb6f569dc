using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Identity.Application.Account;

/// <summary>
/// The signed-in user turns two-factor sign-in on with an authenticator app (Identity's built-in authenticator
/// token provider, no extra package) or off again. Both change the security stamp, so a browser session is
/// signed in afresh to stay valid.
/// </summary>
public sealed class AuthenticatorSetup(
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signIn,
    ICurrentTenant currentTenant,
    ITenantStore tenants,
    IStringLocalizer<IdentityResource> text)
{
    /// <summary>Shown by the authenticator app above the code.</summary>
    public const string Issuer = "SafetyPortal";

    public async Task<AuthenticatorDto> GetAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(principal, cancellationToken);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await RefreshBrowserSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }
        return new AuthenticatorDto(user.TwoFactorEnabled, key, Format(key), await UriAsync(user, key, cancellationToken));
    }

    public async Task EnableAsync(ClaimsPrincipal principal, EnableAuthenticatorRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await FindAsync(principal, cancellationToken);
        var code = TwoFactorCode.Normalize(request.Code);
        var valid = code is not null
            && await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 }
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            var errors = new ValidationErrors();
            errors.Add(nameof(request.Code), text[code is null ? "CodeRequired" : "AuthenticatorCodeInvalid"]);
            throw new ValidationException(errors);
        }
        IdentityResults.ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, true), nameof(request.Code));
        await RefreshBrowserSignInAsync(user);
    }

    public async Task DisableAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(principal, cancellationToken);
        IdentityResults.ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, false), "Code");
        // A new key next time: whoever copied the old one cannot reuse it.
        IdentityResults.ThrowIfFailed(await users.ResetAuthenticatorKeyAsync(user), "Code");
        await RefreshBrowserSignInAsync(user);
    }

    private async Task<PortalUser> FindAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        // A bureau user switched into a town acts for the town user, but their sign-in factors stay their own.
        if (principal.IsImpersonated())
        {
            throw new ForbiddenException(text["TwoFactorNotWhileSwitchedIn"]);
        }
        var id = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : Guid.Empty;
        return await users.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(PortalUser), id);
    }

    /// <summary>Only a cookie session is renewed; a bearer-token client keeps its token and gets no cookie.</summary>
    private async Task RefreshBrowserSignInAsync(PortalUser user)
    {
        var cookie = await signIn.Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (cookie.Succeeded)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    private async Task<string> UriAsync(PortalUser user, string key, CancellationToken cancellationToken)
    {
        var account = user.UserName ?? "";
        if (currentTenant.Id is { } tenantId && await tenants.FindByIdAsync(tenantId, cancellationToken) is { } town)
        {
            account = $"{account}@{town.Code}";
        }
        var label = Uri.EscapeDataString($"{Issuer}:{account}");
        return $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
    }

    /// <summary>"abcd efgh ..." is easier to type into a phone than 32 capitals.</summary>
    private static string Format(string key)
    {
        var formatted = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            formatted.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return formatted.ToString().TrimEnd().ToLowerInvariant();
    }
}
