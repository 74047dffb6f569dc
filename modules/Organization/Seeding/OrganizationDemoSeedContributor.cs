using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Seeding;

namespace SafetyPortal.Organization.Seeding;

/// <summary>The demo: the city's towns as tenants, enterprises with profiles, and a few units. Adds only what is missing.</summary>
internal sealed class OrganizationDemoSeedContributor(PortalDbContext db, ICurrentTenant currentTenant) : IDataSeedContributor
{
    public int Order => 10;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IsDemo)
        {
            return;
        }
        foreach (var town in await DemoTownsReader.ReadAsync(cancellationToken))
        {
            var tenant = await db.Set<Tenant>().FirstOrDefaultAsync(t => t.Code == town.Code, cancellationToken);
            if (tenant is null)
            {
                tenant = new Tenant { Code = town.Code, Name = town.Name };
                db.Add(tenant);
                await db.SaveChangesAsync(cancellationToken);
            }
            using (currentTenant.Change(tenant.Id, tenant.Name))
            {
                await SeedEnterprisesAsync(town, cancellationToken);
                await SeedUnitsAsync(town, cancellationToken);
            }
        }
    }

    private async Task SeedEnterprisesAsync(DemoTown town, CancellationToken cancellationToken)
    {
        var existing = await db.Set<OrganizationUnit>().Where(u => u.ParentId == null).Select(u => new { u.DisplayName, u.Code })
            .ToListAsync(cancellationToken);
        var lastCode = existing.Select(e => e.Code).Order(StringComparer.Ordinal).LastOrDefault();
        foreach (var enterprise in town.Enterprises.Where(e => existing.All(x => x.DisplayName != e.Name)))
        {
            lastCode = lastCode is null ? OrganizationUnitCode.Create(1) : OrganizationUnitCode.Next(lastCode);
            var unit = new OrganizationUnit { Code = lastCode, DisplayName = enterprise.Name, Kind = OrganizationUnitKind.Enterprise };
            db.Add(unit);
            db.Add(new EnterpriseProfile
            {
                Id = unit.Id,
                CreditCode = enterprise.CreditCode,
                IndustryCode = enterprise.IndustryCode,
                KeySites = enterprise.KeySites.Aggregate(KeySites.None, (all, s) => all | s),
                RegulatoryGrade = enterprise.RegulatoryGrade,
                Scale = enterprise.Scale,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedUnitsAsync(DemoTown town, CancellationToken cancellationToken)
    {
        foreach (var demo in town.Units ?? [])
        {
            var parent = await db.Set<OrganizationUnit>().FirstAsync(u => u.ParentId == null && u.DisplayName == demo.Enterprise, cancellationToken);
            var siblings = await db.Set<OrganizationUnit>().Where(u => u.ParentId == parent.Id).Select(u => new { u.DisplayName, u.Code })
                .ToListAsync(cancellationToken);
            if (siblings.Any(s => s.DisplayName == demo.Name))
            {
                continue;
            }
            var last = siblings.Select(s => s.Code).Order(StringComparer.Ordinal).LastOrDefault();
            db.Add(new OrganizationUnit
            {
                ParentId = parent.Id,
                Code = last is null ? OrganizationUnitCode.Create(1, parent.Code) : OrganizationUnitCode.Next(last),
                DisplayName = demo.Name,
                Kind = demo.Kind,
            });
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
