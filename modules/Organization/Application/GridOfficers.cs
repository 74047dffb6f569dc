using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Organization.Application;

/// <summary>The town's safety officers (专职安全员 / 网格员), the only users a grid may have as its officer.</summary>
public sealed class GridOfficers(PortalDbContext db, IStringLocalizer<OrganizationResource> text)
{
    public async Task<IReadOnlyList<GridOfficerDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        var ids = await IdsAsync(cancellationToken);
        return await db.Set<PortalUser>().AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.UserName)
            .Select(u => new GridOfficerDto(u.Id, u.UserName!, u.DisplayName)).ToListAsync(cancellationToken);
    }

    /// <summary>The ids of the users holding SafetyOfficer in the current town.</summary>
    public async Task<IReadOnlySet<Guid>> IdsAsync(CancellationToken cancellationToken = default) =>
        (await db.UserIdsInRolesAsync([PortalRoles.SafetyOfficer], cancellationToken)).ToHashSet();

    /// <summary>Adds an error on <paramref name="field"/> unless the user is of this town and holds SafetyOfficer.</summary>
    public async Task CheckAsync(Guid userId, string field, ValidationErrors errors, CancellationToken cancellationToken = default)
    {
        var user = await db.Set<PortalUser>().AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.UserName, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            errors.Add(field, text["GridOfficerUnknown", userId]);
        }
        else if (!(await IdsAsync(cancellationToken)).Contains(userId))
        {
            errors.Add(field, text["GridOfficerNotSafetyOfficer", $"{user.DisplayName} ({user.UserName})"]);
        }
    }
}
