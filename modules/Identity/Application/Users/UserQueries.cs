using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Identity.Application.Users;

/// <summary>The users of the current town (the town filter applies): a searched page, or one user.</summary>
public sealed class UserQueries(PortalDbContext db, TimeProvider clock)
{
    public async Task<PagedResult<UserListItemDto>> ListAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = db.Set<PortalUser>().AsNoTracking();
        if (request.SearchText is { } search)
        {
            var upper = search.ToUpperInvariant();
            query = query.Where(u => u.NormalizedUserName!.Contains(upper)
                || u.DisplayName.Contains(search)
                || (u.PhoneNumber != null && u.PhoneNumber.Contains(search)));
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(u => u.UserName).Skip(request.Skip).Take(request.SafePageSize)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.PhoneNumber, u.IsActive, u.LockoutEnd, u.TwoFactorEnabled, u.CreationTime })
            .ToListAsync(cancellationToken);
        var roles = await RoleNamesAsync([.. rows.Select(r => r.Id)], cancellationToken);
        // Lockout ends are compared here, not in SQL: SQLite cannot compare DateTimeOffset values.
        var now = clock.GetUtcNow();
        var items = rows.Select(u => new UserListItemDto(
                u.Id, u.UserName ?? "", u.DisplayName, MobileNumber.Mask(u.PhoneNumber), u.IsActive, u.LockoutEnd > now,
                u.TwoFactorEnabled, [.. roles[u.Id]], u.CreationTime))
            .ToList();
        return new PagedResult<UserListItemDto>(items, total, request.SafePage, request.SafePageSize);
    }

    public async Task<UserDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await db.Set<PortalUser>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(PortalUser), id);
        var roles = await RoleNamesAsync([id], cancellationToken);
        return new UserDto(user.Id, user.UserName ?? "", user.DisplayName, user.PhoneNumber, user.IsActive,
            user.LockoutEnd > clock.GetUtcNow(), user.LockoutEnd, user.TwoFactorEnabled, [.. roles[id]], user.CreationTime,
            user.ConcurrencyStamp ?? "");
    }

    private async Task<ILookup<Guid, string>> RoleNamesAsync(IReadOnlyList<Guid> userIds, CancellationToken cancellationToken)
    {
        var pairs = await (
                from membership in db.Set<IdentityUserRole<Guid>>()
                join role in db.Set<PortalRole>() on membership.RoleId equals role.Id
                where userIds.Contains(membership.UserId)
                orderby role.Name
                select new { membership.UserId, role.Name })
            .ToListAsync(cancellationToken);
        return pairs.ToLookup(p => p.UserId, p => p.Name ?? "");
    }
}
