using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Seeding;

namespace SafetyPortal.Organization.Seeding;

/// <summary>
/// Draws the demo grids: each with its officer (a demo account made by the host's seed, order 30) and its enterprises.
/// A grid that exists is left as the town has since drawn it.
/// </summary>
internal sealed class OrganizationDemoGridsSeedContributor(PortalDbContext db, ICurrentTenant currentTenant) : IDataSeedContributor
{
    public int Order => 45;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IsDemo)
        {
            return;
        }
        await DemoTownScopes.EachAsync(db, currentTenant, async town =>
        {
            foreach (var grid in town.Grids ?? [])
            {
                await DrawAsync(grid, cancellationToken);
            }
        }, cancellationToken);
    }

    private async Task DrawAsync(DemoGrid demo, CancellationToken cancellationToken)
    {
        if (await db.Set<Grid>().AnyAsync(g => g.Name == demo.Name, cancellationToken))
        {
            return;
        }
        var officer = demo.Officer?.ToUpperInvariant();
        var grid = new Grid
        {
            Name = demo.Name,
            OfficerId = officer is null ? null : await db.Set<PortalUser>().Where(u => u.NormalizedUserName == officer)
                .Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException($"Demo grid officer {demo.Officer} has no account."),
        };
        db.Add(grid);
        var enterprises = db.Set<OrganizationUnit>().Where(u => u.ParentId == null && demo.Enterprises.Contains(u.DisplayName)).Select(u => u.Id);
        foreach (var profile in await db.Set<EnterpriseProfile>().Where(p => enterprises.Contains(p.Id)).ToListAsync(cancellationToken))
        {
            profile.GridId = grid.Id;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
