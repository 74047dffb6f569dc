using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Seeding;

namespace SafetyPortal.Organization.Seeding;

/// <summary>Places the demo staff accounts (made by the host's seed, order 30) in their enterprises and units.</summary>
internal sealed class OrganizationDemoMembersSeedContributor(PortalDbContext db, ICurrentTenant currentTenant) : IDataSeedContributor
{
    public int Order => 40;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IsDemo)
        {
            return;
        }
        await DemoTownScopes.EachAsync(db, currentTenant, async town =>
        {
            foreach (var member in town.Members ?? [])
            {
                await PlaceAsync(member, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
    }

    private async Task PlaceAsync(DemoMember member, CancellationToken cancellationToken)
    {
        var normalized = member.UserName.ToUpperInvariant();
        var userId = await db.Set<PortalUser>().Where(u => u.NormalizedUserName == normalized).Select(u => (Guid?)u.Id)
            .FirstOrDefaultAsync(cancellationToken) ?? throw new InvalidOperationException($"Demo member {member.UserName} has no account.");
        var enterprise = await db.Set<OrganizationUnit>().FirstAsync(u => u.ParentId == null && u.DisplayName == member.Enterprise, cancellationToken);
        var unitId = member.Unit is null
            ? enterprise.Id
            : await db.Set<OrganizationUnit>().Where(u => u.ParentId == enterprise.Id && u.DisplayName == member.Unit).Select(u => u.Id).FirstAsync(cancellationToken);
        if (!await db.Set<OrganizationUnitMember>().AnyAsync(m => m.UserId == userId && m.OrganizationUnitId == unitId, cancellationToken))
        {
            db.Add(new OrganizationUnitMember { UserId = userId, OrganizationUnitId = unitId, Position = member.Position });
        }
    }
}
