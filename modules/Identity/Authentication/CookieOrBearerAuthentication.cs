using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace SafetyPortal.Identity.Authentication;

/// <summary>
/// Browsers carry the sign-in cookie, API clients a bearer token from POST /api/account/login (ASP.NET Core's
/// own bearer-token scheme, as AddIdentityApiEndpoints uses). The default scheme forwards to the bearer scheme
/// when the request says "Authorization: Bearer", else to the cookie, so every page and API accepts either.
/// The token carries the same claims as the cookie, the town among them, so tenancy resolves alike.
/// </summary>
public static class CookieOrBearerAuthentication
{
    public const string Scheme = "SafetyPortal.CookieOrBearer";

    internal static IServiceCollection AddCookieOrBearerAuthentication(this IServiceCollection services)
    {
        // Access tokens live 1 hour and refresh tokens 14 days (the framework's defaults).
        services.AddAuthentication()
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddPolicyScheme(Scheme, displayName: null, options => options.ForwardDefaultSelector = SelectScheme);
        // Runs after AddIdentity's own defaults (the platform registers first), so these win.
        services.Configure<AuthenticationOptions>(options =>
        {
            options.DefaultScheme = Scheme;
            options.DefaultAuthenticateScheme = Scheme;
            options.DefaultChallengeScheme = Scheme;
            options.DefaultForbidScheme = Scheme;
        });
        return services;
    }

    private static string SelectScheme(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;
}
