using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Identity.Application.Users;

/// <summary>
/// An administrator locks a user out until unlocked, unlocks them (also after too many wrong passwords), or turns
/// their two-factor sign-in off when the phone with the authenticator app is lost.
/// </summary>
public sealed class UserLockout(PortalDbContext db, UserManager<PortalUser> users, ManageUsers manage, UserQueries queries)
{
    /// <summary>"Until unlocked": far enough, and inside what MySQL's datetime(6) can hold (DateTimeOffset.MaxValue is not).</summary>
    public static readonly DateTimeOffset Indefinitely = new(2999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    public async Task<UserDto> LockAsync(Guid id, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var user = await manage.FindAsync(id, cancellationToken);
        manage.ThrowIfSelf(user, actor, "CannotLockSelf");
        await db.InTransactionAsync(async _ =>
        {
            IdentityResults.ThrowIfFailed(await users.SetLockoutEnabledAsync(user, true), "Id");
            IdentityResults.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, Indefinitely), "Id");
            // A new stamp ends the user's browser sessions at their next check.
            IdentityResults.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), "Id");
        }, cancellationToken);
        return await queries.GetAsync(id, cancellationToken);
    }

    public async Task<UserDto> UnlockAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await manage.FindAsync(id, cancellationToken);
        await db.InTransactionAsync(async _ =>
        {
            IdentityResults.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null), "Id");
            IdentityResults.ThrowIfFailed(await users.ResetAccessFailedCountAsync(user), "Id");
        }, cancellationToken);
        return await queries.GetAsync(id, cancellationToken);
    }

    public async Task<UserDto> ResetTwoFactorAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await manage.FindAsync(id, cancellationToken);
        await db.InTransactionAsync(async _ =>
        {
            IdentityResults.ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, false), "Id");
            IdentityResults.ThrowIfFailed(await users.ResetAuthenticatorKeyAsync(user), "Id");
        }, cancellationToken);
        return await queries.GetAsync(id, cancellationToken);
    }
}
