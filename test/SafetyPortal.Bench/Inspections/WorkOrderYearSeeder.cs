using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Bench.City;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Bench.Inspections;

/// <summary>
/// Writes the bureau's two campaigns of the year (see <see cref="CityWorkOrders"/>), their work orders in the enterprises'
/// towns and the answers given up to yesterday (China calendar; today's are still to come), through EF in chunks, change
/// detection off. No photo rows: answers are counted, their photos never read by the pages timed.
/// </summary>
internal static class WorkOrderYearSeeder
{
    private const int Batch = 5_000;

    /// <summary>Returns the daily dust campaign's id.</summary>
    public static async Task<Guid> SeedAsync(IServiceProvider services, IReadOnlyList<Guid> townIds, DateOnly today)
    {
        var enterprises = new List<(Guid Town, Guid Id, KeySites Sites)>();
        foreach (var townId in townIds)
        {
            await using var scope = services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
            // Credit codes follow the generator's order, so the spread is the same in every run.
            enterprises.AddRange((await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<EnterpriseProfile>()
                .OrderBy(p => p.CreditCode).Select(p => new { p.Id, p.KeySites }).ToListAsync()).Select(p => (townId, p.Id, p.KeySites)));
        }
        await SeedCampaignAsync(services, CityWorkOrders.Lock,
            CityWorkOrders.Spread(enterprises.Where(e => e.Sites.HasFlag(KeySites.ConfinedSpace)).ToList(), CityWorkOrders.LockTargets),
            (order, _) => true, today);
        return await SeedCampaignAsync(services, CityWorkOrders.Dust,
            CityWorkOrders.Spread(enterprises.Where(e => e.Sites.HasFlag(KeySites.CombustibleDust)).ToList(), CityWorkOrders.DustTargets),
            CityWorkOrders.AnsweredOn, today);
    }

    private static async Task<Guid> SeedCampaignAsync(IServiceProvider services, CampaignPlan plan, List<(Guid Town, Guid Id, KeySites Sites)> targets,
        Func<int, DateOnly, bool> answeredOn, DateOnly today)
    {
        var campaign = new WorkOrderCampaign
        {
            Id = Guid.CreateVersion7(), TenantId = null, Title = plan.Title, Measure = plan.Measure, Frequency = plan.Frequency,
            FirstDay = plan.FirstDay, LastDay = plan.LastDay, MinPhotos = plan.MinPhotos, RequirePlace = true, TargetCount = targets.Count,
            CreatorName = CityWorkOrders.Bureau, CreationTime = Utc(plan.FirstDay.AddDays(-1), 600),
        };
        var orders = new List<WorkOrder>();
        var answers = new List<WorkOrderAnswer>();
        var last = plan.Frequency == WorkOrderFrequency.Once ? plan.FirstDay : (today.AddDays(-1) < plan.LastDay ? today.AddDays(-1) : plan.LastDay);
        for (var i = 0; i < targets.Count; i++)
        {
            var order = new WorkOrder { Id = Guid.CreateVersion7(), TenantId = targets[i].Town, CampaignId = campaign.Id, EnterpriseId = targets[i].Id };
            for (var day = plan.FirstDay; day <= last; day = day.AddDays(1))
            {
                if (!answeredOn(i, day))
                {
                    continue;
                }
                // A once-only order is answered some day of its first weeks; a daily one on its own day.
                var time = plan.Frequency == WorkOrderFrequency.Once
                    ? Utc(day.AddDays(i % 20), CityWorkOrders.MinuteOf(i, day))
                    : Utc(day, CityWorkOrders.MinuteOf(i, day));
                answers.Add(new WorkOrderAnswer
                {
                    Id = Guid.CreateVersion7(), TenantId = order.TenantId, CampaignId = campaign.Id, WorkOrderId = order.Id, EnterpriseId = order.EnterpriseId,
                    Period = day, Latitude = 31.45m + (i % 100 / 1000m), Longitude = 121.10m + (i % 100 / 1000m), AnsweredBy = Guid.Empty,
                    AnswererName = ChineseText.Surnames[i % 20].ToString() + ChineseText.Given[i % 25], AnsweredTime = time,
                });
                order.AnswerCount++;
                order.LastAnsweredTime = time;
            }
            orders.Add(order);
        }
        await SaveAsync(services, [campaign]);
        await SaveAsync(services, orders);
        foreach (var chunk in answers.Chunk(Batch))
        {
            await SaveAsync(services, chunk);
        }
        return campaign.Id;
    }

    /// <summary>08:00 China time plus the minutes, in UTC.</summary>
    private static DateTime Utc(DateOnly day, int minutes) => day.ToDateTime(new TimeOnly(0, 0), DateTimeKind.Utc).AddMinutes(minutes);

    /// <summary>In the host scope: the rows carry their town (or none, for the campaign) themselves.</summary>
    private static async Task SaveAsync<T>(IServiceProvider services, IEnumerable<T> rows)
        where T : class
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }
}
