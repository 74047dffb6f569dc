using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Bench.City;
using SafetyPortal.Bench.Import;
using SafetyPortal.Bench.Risks;
using SafetyPortal.Inspections.Cycles;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Bench.Inspections;

/// <summary>
/// dotnet run -c Release --project test/SafetyPortal.Bench -- --cycles [--towns N] [--parallel N]
/// Generates the city (towns, 6,173 enterprises, the 1,367-entry catalogue and 118,000 risk points, one measure and one
/// check point each) into a fresh MariaDB database, then times opening a month's self-checks for every enterprise as the
/// nightly job does it: one run per town, --parallel towns at a time (the job's runs share the Quartz threads). Each task
/// gets its checklist and its own inspection-task process instance. Counts what was written, then drops the database.
/// </summary>
internal static class CycleOpeningBenchmark
{
    public static Task<int> RunAsync(int towns, int parallel) => MariaDbBench.RunAsync("cycles", async host =>
    {
        var city = new CityGenerator(towns, staff: 0);
        var risks = new CityRisks(city);
        var setup = Stopwatch.StartNew();
        var townIds = await CitySeeder.SeedAsync(host.Services, city);
        var categories = await RiskLibrarySeeder.SeedCatalogueAsync(host.Services, risks);
        foreach (var town in city.Towns)
        {
            await RiskLibrarySeeder.SeedPointsAsync(host.Services, city, risks, town, townIds[town.Code], categories);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"city: {city.Towns.Count} towns, {city.Towns.Sum(t => t.EnterpriseCount):N0} enterprises, {risks.CategoryCount:N0} categories; set up in {setup.Elapsed.TotalSeconds:F1} s"));

        var day = new DateOnly(2026, 12, 1);
        var results = new ConcurrentBag<OpenCycleResult>();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(townIds.Values.OrderByDescending(id => city.Towns.Single(t => townIds[t.Code] == id).EnterpriseCount),
            new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (townId, ct) =>
            {
                await using var scope = host.Services.CreateAsyncScope();
                using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
                results.Add((await scope.ServiceProvider.GetRequiredService<OpenInspectionCycle>().OpenAsync(InspectionTier.SelfCheck, day, ct))!);
            });
        var elapsed = watch.Elapsed;

        await using var check = host.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        var tasks = await db.Set<InspectionTask>().IgnoreQueryFilters().CountAsync();
        var items = await db.Set<ChecklistItem>().IgnoreQueryFilters().CountAsync();
        var instances = await db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*) AS `Value` FROM WorkflowInstances WHERE ProcessKey = 'inspection-task' AND Status = 'Active'").SingleAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"opened {results.Sum(r => r.Opened):N0} self-checks in {results.Count} towns ({parallel} at a time): {elapsed.TotalSeconds:F1} s, " +
            $"{results.Sum(r => r.Opened) / elapsed.TotalSeconds:F0} tasks/s (target: all 6,173 within 60 s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"written: {tasks:N0} tasks, {items:N0} checklist items, {instances:N0} active process instances"));
        return tasks == results.Sum(r => r.Opened) && instances == tasks ? 0 : 1;
    });
}
