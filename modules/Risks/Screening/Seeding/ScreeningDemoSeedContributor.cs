using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Seeding;
using SafetyPortal.Risks.Screening.Domain;

namespace SafetyPortal.Risks.Screening.Seeding;

/// <summary>Demo only: each demo town's admin shares one saved screening ("key sites with major risks") with the town.</summary>
internal sealed class ScreeningDemoSeedContributor(PortalDbContext db, ICurrentTenant currentTenant, ITenantStore towns,
    IStringLocalizer<RiskScreeningResource> text) : IDataSeedContributor
{
    private const string Conditions = """
        [{"key":"organization.key-sites","parameters":{"sites":["ConfinedSpace","CombustibleDust"]}},{"key":"risks.level-count","parameters":{"levels":["Major"],"count":{"min":1}}}]
        """;

    public int Order => 60;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IsDemo)
        {
            return;
        }
        foreach (var town in await towns.GetActiveAsync(cancellationToken))
        {
            using (currentTenant.Change(town.Id))
            {
                var admin = await db.Set<PortalUser>().Where(u => u.NormalizedUserName == "TOWNADMIN").Select(u => new { u.Id, u.DisplayName })
                    .FirstOrDefaultAsync(cancellationToken);
                if (admin is null || await db.Set<SavedScreening>().AnyAsync(cancellationToken))
                {
                    continue;
                }
                db.Add(new SavedScreening { Name = text["DemoScreening"], ConditionsJson = Conditions, OwnerId = admin.Id, OwnerName = admin.DisplayName, IsShared = true });
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }
}
