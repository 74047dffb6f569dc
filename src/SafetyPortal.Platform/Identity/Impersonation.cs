using System.Security.Claims;

namespace SafetyPortal.Platform.Identity;

/// <summary>
/// A bureau user switched into a town acts as a user of that town; two claims say who really acts. Every principal
/// rebuilt from the town user (security-stamp check, token refresh) must carry them over, or the audit trail ends.
/// </summary>
public static class Impersonation
{
    public static Guid? ImpersonatorId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(PortalClaimTypes.ImpersonatorId), out var id) ? id : null;

    public static string? ImpersonatorName(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(PortalClaimTypes.ImpersonatorName);

    public static bool IsImpersonated(this ClaimsPrincipal principal) => principal.ImpersonatorId() is not null;

    /// <summary>The claims that mark a principal as acted by the given bureau user.</summary>
    public static Claim[] ClaimsFor(Guid impersonatorId, string impersonatorName) =>
    [
        new(PortalClaimTypes.ImpersonatorId, impersonatorId.ToString()),
        new(PortalClaimTypes.ImpersonatorName, impersonatorName),
    ];

    /// <summary>Copies the impersonation claims of <paramref name="from"/> (if any) onto the first identity of <paramref name="to"/>.</summary>
    public static void Carry(ClaimsPrincipal? from, ClaimsPrincipal? to)
    {
        if (from?.ImpersonatorId() is not { } id || to?.Identities.FirstOrDefault() is not { } identity
            || to.IsImpersonated())
        {
            return;
        }
        identity.AddClaims(ClaimsFor(id, from.ImpersonatorName() ?? ""));
    }
}
