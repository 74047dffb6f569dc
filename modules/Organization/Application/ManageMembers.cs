using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Organization.Application;

/// <summary>Who works in a unit and in which position.</summary>
public sealed class ManageMembers(PortalDbContext db, ManageOrganizationUnits units, IStringLocalizer<OrganizationResource> text)
{
    /// <summary>The members of a unit and of every unit below it.</summary>
    public async Task<PagedResult<MemberDto>> ListAsync(Guid unitId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var unit = await units.FindVisibleAsync(unitId, cancellationToken);
        var prefix = unit.Code + ".";
        var query = from m in db.Set<OrganizationUnitMember>().AsNoTracking()
                    join u in db.Set<OrganizationUnit>() on m.OrganizationUnitId equals u.Id
                    join user in db.Set<PortalUser>() on m.UserId equals user.Id
                    where u.Code == unit.Code || u.Code.StartsWith(prefix)
                    select new { m, u, user };
        if (page.SearchText is { } search)
        {
            query = query.Where(x => x.user.UserName!.Contains(search) || x.user.DisplayName.Contains(search));
        }
        return await query.OrderBy(x => x.u.Code).ThenBy(x => x.user.UserName)
            .Select(x => new MemberDto(x.user.Id, x.user.UserName!, x.user.DisplayName, x.m.Position, x.u.Id, x.u.DisplayName))
            .ToPagedResultAsync(page, cancellationToken);
    }

    public async Task AddAsync(Guid unitId, AddMemberRequest request, CancellationToken cancellationToken = default)
    {
        var unit = await units.FindVisibleAsync(unitId, cancellationToken);
        var errors = new ValidationErrors();
        var userName = request.UserName?.Trim() ?? "";
        var normalized = userName.ToUpperInvariant();
        var userId = await db.Set<PortalUser>().Where(u => u.NormalizedUserName == normalized).Select(u => (Guid?)u.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (userId is null)
        {
            errors.Add(nameof(request.UserName), text["MemberUserUnknown", userName]);
        }
        else if (await db.Set<OrganizationUnitMember>().AnyAsync(m => m.UserId == userId && m.OrganizationUnitId == unit.Id, cancellationToken))
        {
            errors.Add(nameof(request.UserName), text["MemberAlreadyIn", userName, unit.DisplayName]);
        }
        if (request.Position?.Trim().Length > OrganizationUnitMember.MaxPositionLength)
        {
            errors.Add(nameof(request.Position), text["PositionTooLong", OrganizationUnitMember.MaxPositionLength]);
        }
        errors.ThrowIfAny();
        db.Add(new OrganizationUnitMember
        {
            UserId = userId!.Value,
            OrganizationUnitId = unit.Id,
            Position = string.IsNullOrWhiteSpace(request.Position) ? null : request.Position.Trim(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RemoveAsync(Guid unitId, Guid userId, CancellationToken cancellationToken = default)
    {
        var unit = await units.FindVisibleAsync(unitId, cancellationToken);
        var member = await db.Set<OrganizationUnitMember>()
            .FirstOrDefaultAsync(m => m.OrganizationUnitId == unit.Id && m.UserId == userId, cancellationToken)
            ?? throw new Platform.Domain.EntityNotFoundException(typeof(OrganizationUnitMember), userId);
        db.Remove(member);
        await db.SaveChangesAsync(cancellationToken);
    }
}
