using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Identity.Application.Account;

namespace SafetyPortal.Identity.Api;

/// <summary>/api/account: forgotten passwords (a code by text message) and two-factor sign-in with an authenticator app.</summary>
public static class AccountSecurityApi
{
    public static IEndpointRouteBuilder MapAccountSecurityApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/account").WithTags("Account");
        group.MapPost("/forgot-password", async (ForgotPasswordRequest request, PasswordRecovery recovery, CancellationToken ct) =>
            {
                await recovery.SendCodeAsync(request, ct);
                // The same answer whether or not the account exists.
                return TypedResults.Accepted((string?)null);
            })
            .AllowAnonymous()
            .WithName("ForgotPassword")
            .ProducesValidationProblem();
        group.MapPost("/reset-password", async (ResetPasswordRequest request, PasswordRecovery recovery, CancellationToken ct) =>
            {
                await recovery.ResetAsync(request, ct);
                return TypedResults.NoContent();
            })
            .AllowAnonymous()
            .WithName("ResetPassword")
            .ProducesValidationProblem();

        var authenticator = group.MapGroup("/authenticator").RequireAuthorization();
        authenticator.MapGet("/", (AuthenticatorSetup setup, ClaimsPrincipal user, CancellationToken ct) => setup.GetAsync(user, ct))
            .WithName("GetAuthenticator");
        authenticator.MapPost("/enable", async (EnableAuthenticatorRequest request, AuthenticatorSetup setup, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await setup.EnableAsync(user, request, ct);
                return TypedResults.NoContent();
            })
            .WithName("EnableAuthenticator")
            .ProducesValidationProblem();
        authenticator.MapPost("/disable", async (AuthenticatorSetup setup, ClaimsPrincipal user, CancellationToken ct) =>
            {
                await setup.DisableAsync(user, ct);
                return TypedResults.NoContent();
            })
            .WithName("DisableAuthenticator");
        return endpoints;
    }
}
