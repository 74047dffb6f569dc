using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Seeding;

namespace SafetyPortal.Organization.Seeding;

/// <summary>The demo: the city's towns as tenants and a few enterprises in each. Adds only what is missing.</summary>
internal sealed class OrganizationDemoSeedContributor(PortalDbContext db, ICurrentTenant currentTenant) : IDataSeedContributor
{
    public int Order => 10;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IsDemo)
        {
            return;
        }
        foreach (var town in await ReadAsync(cancellationToken))
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
            }
        }
    }

    private async Task SeedEnterprisesAsync(DemoTown town, CancellationToken cancellationToken)
    {
        var existing = await db.Set<OrganizationUnit>().Where(u => u.ParentId == null)
            .Select(u => new { u.DisplayName, u.Code }).ToListAsync(cancellationToken);
        var number = existing.Count == 0 ? 0 : existing.Max(e => int.Parse(e.Code, System.Globalization.CultureInfo.InvariantCulture));
        foreach (var name in town.Enterprises.Where(n => existing.All(e => e.DisplayName != n)))
        {
            number++;
            db.Add(new OrganizationUnit
            {
                Code = OrganizationUnitCode.Create(number),
                DisplayName = name,
                Kind = OrganizationUnitKind.Enterprise,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<DemoTown>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(OrganizationDemoSeedContributor).Assembly
            .GetManifestResourceStream("SafetyPortal.Organization.demo-towns.json")
            ?? throw new InvalidOperationException("demo-towns.json is not embedded.");
        var data = await JsonSerializer.DeserializeAsync<DemoTowns>(stream, JsonSerializerOptions.Web, cancellationToken);
        return data?.Towns ?? [];
    }
}
