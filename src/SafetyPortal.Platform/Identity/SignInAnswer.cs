using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace SafetyPortal.Platform.Identity;

/// <summary>
/// Endpoints that sign someone in answer API clients with a bearer token and browsers (?useCookies=true) with the
/// cookie: the scheme to sign in with, and the answer once signed in.
/// </summary>
public static class SignInAnswer
{
    public static string Scheme(bool? useCookies) =>
        useCookies == true ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme;

    /// <summary>204 for the cookie; for a bearer token the scheme has already written the token as the body.</summary>
    public static IResult Of(bool? useCookies) => useCookies == true ? TypedResults.NoContent() : TypedResults.Empty;
}
