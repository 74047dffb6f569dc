using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Identity.Application.Users;

/// <summary>
/// Create, edit and delete users of the current town (or of the bureau), and set their roles. Each change is one
/// transaction although Identity's managers save on every call: a refused change leaves nothing behind.
/// </summary>
public sealed class ManageUsers(
    PortalDbContext db,
    UserManager<PortalUser> users,
    RoleManager<PortalRole> roles,
    UserQueries queries,
    IStringLocalizer<IdentityResource> text)
{
    private readonly UserInputRules _rules = new(users, roles, text);

    public async Task<UserDto> CreateAsync(SaveUserRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var input = await _rules.ValidateAsync(null, request, cancellationToken);
        var user = new PortalUser
        {
            UserName = input.UserName,
            DisplayName = input.DisplayName,
            PhoneNumber = input.PhoneNumber,
            IsActive = request.IsActive,
        };
        await db.InTransactionAsync(async _ =>
        {
            IdentityResults.ThrowIfFailed(await users.CreateAsync(user, request.Password!), nameof(request.UserName));
            if (input.RoleNames is { Count: > 0 } roleNames)
            {
                IdentityResults.ThrowIfFailed(await users.AddToRolesAsync(user, roleNames), nameof(request.RoleNames));
            }
        }, cancellationToken);
        return await queries.GetAsync(user.Id, cancellationToken);
    }

    public async Task<UserDto> UpdateAsync(Guid id, SaveUserRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await FindAsync(id, cancellationToken);
        var input = await _rules.ValidateAsync(user, request, cancellationToken);
        var deactivated = user.IsActive && !request.IsActive;
        IdentityResults.ThrowIfStale(user.ConcurrencyStamp, request.ConcurrencyStamp);
        user.UserName = input.UserName;
        user.DisplayName = input.DisplayName;
        user.PhoneNumber = input.PhoneNumber;
        user.IsActive = request.IsActive;
        await db.InTransactionAsync(async _ =>
        {
            IdentityResults.ThrowIfFailed(await users.UpdateAsync(user), nameof(request.UserName));
            if (!string.IsNullOrEmpty(request.Password))
            {
                var token = await users.GeneratePasswordResetTokenAsync(user);
                IdentityResults.ThrowIfFailed(await users.ResetPasswordAsync(user, token, request.Password), nameof(request.Password));
            }
            else if (deactivated)
            {
                // A new stamp ends the user's browser sessions at their next check.
                IdentityResults.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), nameof(request.IsActive));
            }
            if (input.RoleNames is { } roleNames)
            {
                await ReplaceRolesAsync(user, roleNames);
            }
        }, cancellationToken);
        return await queries.GetAsync(id, cancellationToken);
    }

    public async Task<UserDto> SetRolesAsync(Guid id, SetUserRolesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await FindAsync(id, cancellationToken);
        var errors = new ValidationErrors();
        var roleNames = await _rules.CheckRolesAsync(request.RoleNames ?? [], nameof(request.RoleNames), errors, cancellationToken);
        errors.ThrowIfAny();
        await db.InTransactionAsync(_ => ReplaceRolesAsync(user, roleNames), cancellationToken);
        return await queries.GetAsync(id, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(id, cancellationToken);
        ThrowIfSelf(user, actor, "CannotDeleteSelf");
        var key = user.Id.ToString();
        db.RemoveRange(await db.Set<PermissionGrant>()
            .Where(g => g.ProviderName == PermissionGrant.UserProvider && g.ProviderKey == key)
            .ToListAsync(cancellationToken));
        // The store's save removes the user's grants in the same transaction.
        IdentityResults.ThrowIfFailed(await users.DeleteAsync(user), "Id");
    }

    internal async Task<PortalUser> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await users.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(PortalUser), id);

    internal void ThrowIfSelf(PortalUser user, ClaimsPrincipal actor, string messageKey)
    {
        if (actor.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id.ToString())
        {
            var errors = new ValidationErrors();
            errors.Add("Id", text[messageKey]);
            throw new ValidationException(errors);
        }
    }

    private async Task ReplaceRolesAsync(PortalUser user, IReadOnlyList<string> roleNames)
    {
        var current = await users.GetRolesAsync(user);
        var removed = current.Except(roleNames, StringComparer.OrdinalIgnoreCase).ToList();
        var added = roleNames.Except(current, StringComparer.OrdinalIgnoreCase).ToList();
        if (removed.Count > 0)
        {
            IdentityResults.ThrowIfFailed(await users.RemoveFromRolesAsync(user, removed), nameof(SaveUserRequest.RoleNames));
        }
        if (added.Count > 0)
        {
            IdentityResults.ThrowIfFailed(await users.AddToRolesAsync(user, added), nameof(SaveUserRequest.RoleNames));
        }
    }
}
