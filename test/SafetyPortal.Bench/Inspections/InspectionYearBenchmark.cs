using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Bench.City;
using SafetyPortal.Bench.Import;
using SafetyPortal.Bench.Risks;
using SafetyPortal.Inspections.Checks;
using SafetyPortal.Inspections.Cycles;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.WorkOrders;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Bench.Inspections;

/// <summary>
/// dotnet run -c Release --project test/SafetyPortal.Bench -- --inspections [--towns N]
/// Generates the city's towns and enterprises, a year (2026, up to today) of inspection cycles and tasks at the seed city's
/// rates (<see cref="CityInspections"/>) and the bureau's two work-order campaigns with their answers
/// (<see cref="CityWorkOrders"/>) into a fresh MariaDB database; prints what was written. Then times, as the pages ask for
/// them (town staff, no signed-in user: the whole town is visible), the largest town's cycle list with coverage, the task
/// list of its current self-check cycle, its task list unfiltered and overdue only, the bureau's cycle list over every
/// town, and the bureau's daily dust campaign: the dashboard per town for yesterday and the page of orders not answered
/// that day. Drops the database.
/// </summary>
internal static class InspectionYearBenchmark
{
    public static Task<int> RunAsync(int towns) => MariaDbBench.RunAsync("inspect", async host =>
    {
        var city = new CityGenerator(towns, staff: 0);
        var today = CityInspections.Today(DateTime.UtcNow);
        var setup = Stopwatch.StartNew();
        var townIds = await CitySeeder.SeedAsync(host.Services, city);
        foreach (var town in city.Towns)
        {
            await InspectionYearSeeder.SeedAsync(host.Services, town.Index, townIds[town.Code], today);
        }
        var dust = await WorkOrderYearSeeder.SeedAsync(host.Services, [.. city.Towns.Select(t => townIds[t.Code])], today);
        var elapsed = setup.Elapsed;
        await PrintWrittenAsync(host.Services, city, today, elapsed);

        var largest = city.Towns.OrderByDescending(t => t.EnterpriseCount).First();
        var townId = townIds[largest.Code];
        Guid selfChecks;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            selfChecks = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<InspectionCycle>().IgnoreQueryFilters()
                .Where(c => c.TenantId == townId && c.Tier == InspectionTier.SelfCheck && c.Status == InspectionCycleStatus.Open).Select(c => c.Id).SingleAsync();
        }
        var yesterday = today.AddDays(-1);
        await RiskRegisterBenchmark.TimeAsync($"town cycle list with coverage, first page ({largest.Code})", host.Services, townId, async s =>
            (await s.GetRequiredService<InspectionCycles>().ListAsync(null, null, new PageRequest(1), CancellationToken.None)).TotalCount);
        await RiskRegisterBenchmark.TimeAsync("task list of the current self-check cycle, first page", host.Services, townId, async s =>
            (await s.GetRequiredService<InspectionBoard>().ListAsync(new InspectionTaskFilter(CycleId: selfChecks), new PageRequest(1),
                CancellationToken.None)).TotalCount);
        await RiskRegisterBenchmark.TimeAsync("town task list, every cycle, first page", host.Services, townId, async s =>
            (await s.GetRequiredService<InspectionBoard>().ListAsync(new InspectionTaskFilter(), new PageRequest(1), CancellationToken.None)).TotalCount);
        await RiskRegisterBenchmark.TimeAsync("town task list, overdue only, first page", host.Services, townId, async s =>
            (await s.GetRequiredService<InspectionBoard>().ListAsync(new InspectionTaskFilter(Overdue: true), new PageRequest(1),
                CancellationToken.None)).TotalCount);
        await RiskRegisterBenchmark.TimeAsync("bureau cycle list with coverage, first page (every town)", host.Services, null, async s =>
            (await s.GetRequiredService<InspectionCycles>().ListAsync(null, null, new PageRequest(1), CancellationToken.None)).TotalCount);
        await RiskRegisterBenchmark.TimeAsync($"bureau dust campaign dashboard per town, {yesterday:yyyy-MM-dd}", host.Services, null, async s =>
            (await s.GetRequiredService<WorkOrderBoard>().DashboardAsync(dust, yesterday, CancellationToken.None)).Answered);
        await RiskRegisterBenchmark.TimeAsync($"bureau dust campaign orders not answered {yesterday:yyyy-MM-dd}, first page", host.Services, null, async s =>
            (await s.GetRequiredService<WorkOrderBoard>().OrdersAsync(dust, yesterday, false, null, new PageRequest(1), CancellationToken.None)).TotalCount);
        return 0;
    });

    private static async Task PrintWrittenAsync(IServiceProvider services, CityGenerator city, DateOnly today, TimeSpan setup)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var cycles = await db.Set<InspectionCycle>().IgnoreQueryFilters().CountAsync();
        var tasks = await db.Set<InspectionTask>().IgnoreQueryFilters().GroupBy(t => new { t.Tier, t.Status })
            .Select(g => new { g.Key.Tier, g.Key.Status, Count = g.Count(), Failed = g.Sum(t => t.FailedCount), Flagged = g.Count(t => t.Flags != PerfunctoryFlags.None) })
            .ToListAsync();
        var orders = await db.Set<WorkOrder>().IgnoreQueryFilters().CountAsync();
        var answers = await db.Set<WorkOrderAnswer>().IgnoreQueryFilters().GroupBy(a => a.CampaignId).Select(g => g.Count()).ToListAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"city: {city.Towns.Count} towns, {city.Towns.Sum(t => t.EnterpriseCount):N0} enterprises; today (China) {today:yyyy-MM-dd}; set up in {setup.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"written: {cycles:N0} cycles, {tasks.Sum(t => t.Count):N0} tasks"));
        foreach (var tier in tasks.GroupBy(t => t.Tier).OrderBy(g => g.Key))
        {
            var submitted = tier.Where(t => t.Status == InspectionTaskStatus.Submitted).ToList();
            var byStatus = string.Join(", ", tier.OrderBy(t => t.Status).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Status} {t.Count:N0}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {tier.Key}: {tier.Sum(t => t.Count):N0} tasks ({byStatus}); {tier.Sum(t => t.Failed):N0} hazards found (failed items), " +
                $"{(double)submitted.Sum(t => t.Failed) / Math.Max(1, submitted.Sum(t => t.Count)):F2} per submitted task; {tier.Sum(t => t.Flagged):N0} flagged"));
        }
        var perCampaign = string.Join(" + ", answers.Select(a => a.ToString("N0", CultureInfo.InvariantCulture)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  work orders: 2 bureau campaigns, {orders:N0} work orders, {answers.Sum():N0} answers ({perCampaign}); no checklist items, process instances, hazard or photo rows"));
    }
}
