using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Organization.Application;

/// <summary>
/// Puts a batch of the town's enterprises into a grid, or takes them out. All of them or none: an id that is not an
/// enterprise of this town (or, taking out, not in this grid) is named in the error and nothing changes. An enterprise
/// is in at most one grid, so putting it into a grid moves it out of its former one.
/// </summary>
public sealed class AssignGridEnterprises(PortalDbContext db, ManageGrids grids, IStringLocalizer<OrganizationResource> text)
{
    public Task<GridDto> AddAsync(Guid gridId, GridEnterprisesRequest request, CancellationToken cancellationToken = default) =>
        ChangeAsync(gridId, request, adding: true, cancellationToken);

    public Task<GridDto> RemoveAsync(Guid gridId, GridEnterprisesRequest request, CancellationToken cancellationToken = default) =>
        ChangeAsync(gridId, request, adding: false, cancellationToken);

    private async Task<GridDto> ChangeAsync(Guid gridId, GridEnterprisesRequest request, bool adding, CancellationToken cancellationToken)
    {
        var grid = await grids.FindAsync(gridId, cancellationToken);
        var ids = request.EnterpriseIds ?? [];
        var errors = new ValidationErrors();
        if (ids.Count == 0)
        {
            errors.Add(nameof(request.EnterpriseIds), text["GridEnterprisesRequired"]);
        }
        var distinct = ids.Distinct().ToList();
        var profiles = await db.Set<EnterpriseProfile>().Where(p => distinct.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        for (var i = 0; i < ids.Count; i++)
        {
            var field = $"enterpriseIds[{i}]";
            if (!profiles.TryGetValue(ids[i], out var profile))
            {
                errors.Add(field, text["GridEnterpriseUnknown", ids[i]]);
            }
            else if (!adding && profile.GridId != grid.Id)
            {
                errors.Add(field, text["GridEnterpriseNotInGrid", ids[i], grid.Name]);
            }
        }
        errors.ThrowIfAny();
        foreach (var profile in profiles.Values)
        {
            profile.GridId = adding ? grid.Id : null;
        }
        await db.SaveChangesAsync(cancellationToken);
        return await grids.GetAsync(grid.Id, cancellationToken);
    }
}
