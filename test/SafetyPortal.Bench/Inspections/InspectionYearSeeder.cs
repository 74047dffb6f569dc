using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Bench.City;
using SafetyPortal.Inspections.Cycles;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Bench.Inspections;

/// <summary>
/// Writes one town's year of inspection cycles and tasks (see <see cref="CityInspections"/>) through EF in chunks, change
/// detection off. Tasks carry their item, answered and failed counts; no checklist items, no process instances, no hazard
/// rows are written (the lists timed read none of them).
/// </summary>
internal static class InspectionYearSeeder
{
    private const int Batch = 2_000;

    private static readonly InspectionTier[] Tiers = [InspectionTier.SelfCheck, InspectionTier.Patrol, InspectionTier.Inspection];

    public static async Task SeedAsync(IServiceProvider services, int town, Guid townId, DateOnly today)
    {
        List<Guid> enterprises;
        await using (var scope = services.CreateAsyncScope())
        {
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
            // The order the opening job walks them in.
            enterprises = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<EnterpriseProfile>().Select(p => p.Id).ToListAsync();
            enterprises.Sort();
        }
        var cycles = new List<InspectionCycle>();
        var tasks = new List<InspectionTask>();
        foreach (var tier in Tiers)
        {
            foreach (var period in CityInspections.Periods(tier, today))
            {
                var cycle = Cycle(townId, tier, period, today);
                var random = CityInspections.Random(town, tier, period);
                for (var position = 0; position < enterprises.Count; position++)
                {
                    if (tier == InspectionTier.Inspection && !CityInspections.IsKey(position))
                    {
                        continue;
                    }
                    tasks.Add(Task(cycle, enterprises[position], CityInspections.Task(tier, period, today, position, random)));
                    cycle.TaskCount++;
                }
                cycles.Add(cycle);
            }
        }
        await SaveAsync(services, townId, cycles);
        foreach (var chunk in tasks.Chunk(Batch))
        {
            await SaveAsync(services, townId, chunk);
        }
    }

    private static async Task SaveAsync<T>(IServiceProvider services, Guid townId, IEnumerable<T> rows)
        where T : class
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }

    private static InspectionCycle Cycle(Guid townId, InspectionTier tier, CyclePeriod period, DateOnly today)
    {
        var open = period.End >= today;
        return new InspectionCycle
        {
            Id = Guid.CreateVersion7(), TenantId = townId, Tier = tier, PeriodStart = period.Start, PeriodEnd = period.End, DueTime = period.DueTimeUtc,
            Status = open ? InspectionCycleStatus.Open : InspectionCycleStatus.Closed,
            // Opened on the night its period began (China time); closed when the next one opened.
            CreationTime = period.DueTimeUtc.AddDays(period.Start.DayNumber - period.End.DayNumber - 1),
            ClosedTime = open ? null : period.DueTimeUtc,
        };
    }

    private static InspectionTask Task(InspectionCycle cycle, Guid enterpriseId, GeneratedInspection g) => new()
    {
        Id = Guid.CreateVersion7(), TenantId = cycle.TenantId, CycleId = cycle.Id, Tier = cycle.Tier, EnterpriseId = enterpriseId,
        DueTime = cycle.DueTime, Status = g.Status, ItemCount = g.ItemCount, AnsweredCount = g.AnsweredCount, FailedCount = g.FailedCount,
        Flags = g.Flags, StartedTime = g.StartedTime, SubmittedTime = g.SubmittedTime, CreationTime = cycle.CreationTime,
        SubmitterName = g.SubmittedTime is null ? null : string.Concat(ChineseText.Surnames[enterpriseId.GetHashCode() & 15], ChineseText.Given[g.ItemCount % 20]),
        Latitude = g.SubmittedTime is null ? null : 31.45m + (g.ItemCount / 1000m),
        Longitude = g.SubmittedTime is null ? null : 121.10m + (g.AnsweredCount / 1000m),
    };
}
