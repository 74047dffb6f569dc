using Microsoft.AspNetCore.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Identity.Application.Account;

/// <summary>
/// What a sign-in came to. UnavailableTown is the code the user chose when no active town has it;
/// TwoFactorCodeTried says a failure came from the authenticator code, not the password.
/// </summary>
public sealed record PasswordSignInOutcome(SignInResult Result, TenantInfo? Town, string? UnavailableTown = null, bool TwoFactorCodeTried = false)
{
    public static PasswordSignInOutcome TownUnavailable(string code) => new(SignInResult.Failed, null, code);
}
