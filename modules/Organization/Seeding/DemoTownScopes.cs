using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Organization.Seeding;

/// <summary>Runs a demo seed step inside each demo town that the towns' seed (order 10) has made.</summary>
internal static class DemoTownScopes
{
    public static async Task EachAsync(PortalDbContext db, ICurrentTenant currentTenant, Func<DemoTown, Task> seed,
        CancellationToken cancellationToken)
    {
        foreach (var town in await DemoTownsReader.ReadAsync(cancellationToken))
        {
            var tenantId = await db.Set<Tenant>().Where(t => t.Code == town.Code).Select(t => t.Id).FirstAsync(cancellationToken);
            using (currentTenant.Change(tenantId))
            {
                await seed(town);
            }
        }
    }
}
