using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Organization.Application;

/// <summary>
/// The town's grids (网格): list, create, rename, delete and name their officer. Deleting a grid releases its enterprises
/// (they stay registered, in no grid, and are patrolled by the town's officers by share) rather than refusing while it
/// has any: redrawing grids is routine work and the enterprises are put into the new grids afterwards.
/// </summary>
public sealed class ManageGrids(PortalDbContext db, GridOfficers officers, IStringLocalizer<OrganizationResource> text)
{
    public async Task<PagedResult<GridDto>> ListAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        var grids = db.Set<Grid>().AsNoTracking();
        if (page.SearchText is { } search)
        {
            grids = grids.Where(g => g.Name.Contains(search));
        }
        return await Rows(grids.OrderBy(g => g.Name), await OfficerIdsAsync(cancellationToken)).ToPagedResultAsync(page, cancellationToken);
    }

    public async Task<GridDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await Rows(db.Set<Grid>().AsNoTracking().Where(g => g.Id == id), await OfficerIdsAsync(cancellationToken))
            .FirstOrDefaultAsync(cancellationToken) ?? throw new EntityNotFoundException(typeof(Grid), id);

    public async Task<GridDto> CreateAsync(SaveGridRequest request, CancellationToken cancellationToken = default)
    {
        var name = await CheckNameAsync(request, null, cancellationToken);
        var grid = new Grid { Name = name };
        db.Add(grid);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(grid.Id, cancellationToken);
    }

    public async Task<GridDto> RenameAsync(Guid id, SaveGridRequest request, CancellationToken cancellationToken = default)
    {
        var grid = await FindAsync(id, cancellationToken);
        grid.Name = await CheckNameAsync(request, id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Deletes the grid and releases its enterprises, in one save.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var grid = await FindAsync(id, cancellationToken);
        foreach (var profile in await db.Set<EnterpriseProfile>().Where(p => p.GridId == id).ToListAsync(cancellationToken))
        {
            profile.GridId = null;
        }
        db.Remove(grid);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<GridDto> SetOfficerAsync(Guid id, SetGridOfficerRequest request, CancellationToken cancellationToken = default)
    {
        var grid = await FindAsync(id, cancellationToken);
        if (request.OfficerId is { } officerId)
        {
            var errors = new ValidationErrors();
            await officers.CheckAsync(officerId, nameof(request.OfficerId), errors, cancellationToken);
            errors.ThrowIfAny();
        }
        grid.OfficerId = request.OfficerId;
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>The grid of the current town, tracked; 404 for another town's or an unknown id.</summary>
    internal async Task<Grid> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<Grid>().FirstOrDefaultAsync(g => g.Id == id, cancellationToken) ?? throw new EntityNotFoundException(typeof(Grid), id);

    private async Task<string> CheckNameAsync(SaveGridRequest request, Guid? id, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(nameof(request.Name), text["GridNameRequired"]);
        }
        else if (name.Length > Grid.MaxNameLength)
        {
            errors.Add(nameof(request.Name), text["GridNameTooLong", Grid.MaxNameLength]);
        }
        else if (await db.Set<Grid>().AnyAsync(g => g.Name == name && g.Id != id, cancellationToken))
        {
            errors.Add(nameof(request.Name), text["GridNameTaken", name]);
        }
        errors.ThrowIfAny();
        return name;
    }

    private async Task<List<Guid>> OfficerIdsAsync(CancellationToken cancellationToken) => [.. await officers.IdsAsync(cancellationToken)];

    private IQueryable<GridDto> Rows(IQueryable<Grid> grids, List<Guid> officerIds) =>
        from g in grids
        join u in db.Set<PortalUser>() on g.OfficerId equals (Guid?)u.Id into users
        from u in users.DefaultIfEmpty()
        select new GridDto(g.Id, g.Name, g.OfficerId, u == null ? null : u.DisplayName,
            g.OfficerId != null && officerIds.Contains(g.OfficerId.Value),
            db.Set<EnterpriseProfile>().Count(p => p.GridId == g.Id));
}
