using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Bench.City;
using SafetyPortal.Bench.Import;
using SafetyPortal.Bench.Risks;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.Hazards;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Bench.Inspections;

/// <summary>
/// dotnet run -c Release --project test/SafetyPortal.Bench -- --hazards [--towns N] [--town-hazards N]
/// Generates the city's towns and enterprises and a year of hazards into a fresh MariaDB database: the largest town gets
/// --town-hazards (10,000 by default), the others the seed city's rate (about 45,000 a year city-wide, by enterprise
/// count). Then times, as the register page asks for them in the largest town (town staff, no signed-in user: the
/// whole town is visible), the first page, the counts with the closure rate, the overdue filter, and the bureau's first
/// page over every town. Drops the database.
/// </summary>
internal static class HazardRegisterBenchmark
{
    private const int CityHazardsPerYear = 45_000;

    public static Task<int> RunAsync(int towns, int townHazards) => MariaDbBench.RunAsync("hazards", async host =>
    {
        var city = new CityGenerator(towns, staff: 0);
        var setup = Stopwatch.StartNew();
        var townIds = await CitySeeder.SeedAsync(host.Services, city);
        var largest = city.Towns.OrderByDescending(t => t.EnterpriseCount).First();
        var enterprises = city.Towns.Sum(t => t.EnterpriseCount);
        var now = DateTime.UtcNow;
        var total = 0;
        foreach (var town in city.Towns)
        {
            var count = town == largest ? townHazards : CityHazardsPerYear * town.EnterpriseCount / enterprises;
            await HazardSeeder.SeedAsync(host.Services, townIds[town.Code], count, now);
            total += count;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"city: {city.Towns.Count} towns, {enterprises:N0} enterprises, {total:N0} hazards ({townHazards:N0} in {largest.Code}); set up in {setup.Elapsed.TotalSeconds:F1} s"));
        var townId = townIds[largest.Code];
        await RiskRegisterBenchmark.TimeAsync("town hazard register, first page (count, 20 rows, enterprise names)", host.Services, townId, async s =>
            (await s.GetRequiredService<HazardRegister>().ListAsync(new HazardFilter(), new PageRequest(1), CancellationToken.None)).TotalCount);
        await RiskRegisterBenchmark.TimeAsync("town hazard counts and closure rate", host.Services, townId, async s =>
            (await s.GetRequiredService<HazardRegister>().SummaryAsync(new HazardFilter(), null, CancellationToken.None)).Total);
        await RiskRegisterBenchmark.TimeAsync("town hazard register, overdue only, first page", host.Services, townId, async s =>
            (await s.GetRequiredService<HazardRegister>().ListAsync(new HazardFilter(Overdue: true), new PageRequest(1), CancellationToken.None)).TotalCount);
        await RiskRegisterBenchmark.TimeAsync("town hazard register, Major, searched, first page", host.Services, townId, async s =>
            (await s.GetRequiredService<HazardRegister>().ListAsync(new HazardFilter(Level: HazardLevel.Major), new PageRequest(1, Search: "1"),
                CancellationToken.None)).TotalCount);
        await RiskRegisterBenchmark.TimeAsync("bureau hazard register, first page (every town)", host.Services, null, async s =>
            (await s.GetRequiredService<HazardRegister>().ListAsync(new HazardFilter(), new PageRequest(1), CancellationToken.None)).TotalCount);
        return 0;
    });
}
