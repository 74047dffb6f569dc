using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SafetyPortal.Identity.Application;
using SafetyPortal.Identity.Application.Account;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Identity.Api;

/// <summary>/api/account: sign-in for API clients (bearer token, or the browser cookie with ?useCookies=true) and who is signed in.</summary>
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/login", LoginAsync)
            .AllowAnonymous()
            .WithName("Login")
            .WithSummary("Sign in: a bearer token (accessToken, expiresIn, refreshToken), or with ?useCookies=true the browser cookie.")
            .Produces<AccessTokenResponse>()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/refresh", RefreshAsync)
            .AllowAnonymous()
            .WithName("RefreshToken")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/me", (CurrentUserProfile profile, ClaimsPrincipal user, CancellationToken ct) => profile.GetAsync(user, ct))
            .RequireAuthorization()
            .WithName("GetCurrentUser");
        return endpoints;
    }

    private static async Task<IResult> LoginAsync(
        LoginRequest request,
        [FromQuery] bool? useCookies,
        PasswordSignIn signIn,
        IStringLocalizer<IdentityResource> text,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.UserName))
        {
            errors.Add(nameof(request.UserName), text["UserNameOrPhoneRequired"]);
        }
        if (string.IsNullOrEmpty(request.Password))
        {
            errors.Add(nameof(request.Password), text["LoginPasswordRequired"]);
        }
        errors.ThrowIfAny();
        var outcome = await signIn.ExecuteAsync(request, isPersistent: false, SignInAnswer.Scheme(useCookies), cancellationToken);
        if (outcome.UnavailableTown is { } code)
        {
            errors.Add(nameof(request.Tenant), text["TownUnavailable", code]);
            throw new ValidationException(errors);
        }
        var result = outcome.Result;
        if (result.Succeeded)
        {
            return SignInAnswer.Of(useCookies);
        }
        var reason = result switch
        {
            { IsLockedOut: true } => "LockedOut",
            { IsNotAllowed: true } => "AccountDisabled",
            { RequiresTwoFactor: true } => "TwoFactorRequired",
            _ when outcome.TwoFactorCodeTried => "TwoFactorCodeInvalid",
            _ => "InvalidLogin",
        };
        return TypedResults.Problem(
            title: text[reason],
            detail: text[reason + "Detail"],
            statusCode: StatusCodes.Status401Unauthorized,
            extensions: new Dictionary<string, object?> { ["reason"] = reason });
    }

    /// <summary>As AddIdentityApiEndpoints' /refresh, but in the town the token was issued in.</summary>
    private static async Task<IResult> RefreshAsync(
        RefreshRequest request,
        IOptionsMonitor<BearerTokenOptions> options,
        SignInManager<PortalUser> signIn,
        ICurrentTenant currentTenant,
        TimeProvider clock)
    {
        var ticket = string.IsNullOrEmpty(request.RefreshToken)
            ? null
            : options.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires)
        {
            return TypedResults.Challenge();
        }
        var claim = ticket.Principal.FindFirst(MultiTenancyConstants.TenantIdClaim)?.Value;
        using (currentTenant.Change(Guid.TryParse(claim, out var tenantId) ? tenantId : null))
        {
            var user = await signIn.ValidateSecurityStampAsync(ticket.Principal);
            if (user is not { IsActive: true } || await signIn.UserManager.IsLockedOutAsync(user))
            {
                return TypedResults.Challenge();
            }
            var principal = await signIn.CreateUserPrincipalAsync(user);
            Impersonation.Carry(ticket.Principal, principal);
            return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
        }
    }
}
