using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using SafetyPortal.Bench.City;
using SafetyPortal.Bench.Import;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Risks.Application;

namespace SafetyPortal.Bench.Risks;

/// <summary>
/// dotnet run -c Release --project test/SafetyPortal.Bench -- --risks [--towns N]
/// Generates the city (towns, 6,173 enterprises, 1,367 catalogue entries, 118,000 risk points) into a fresh MariaDB
/// database, then times what the register page asks the server for: one enterprise's page of 200 points (count,
/// rows joined to the catalogue, enterprise names), and the town's and the bureau's overviews. Drops the database.
/// </summary>
internal static class RiskRegisterBenchmark
{
    private const int Warmup = 5;
    private const int Runs = 50;

    public static async Task<int> RunAsync(int towns)
    {
        var server = Environment.GetEnvironmentVariable(ImportBenchmark.ServerVariable);
        if (string.IsNullOrEmpty(server))
        {
            await Console.Error.WriteLineAsync($"{ImportBenchmark.ServerVariable} is not set: run eng/mariadb.sh start and source the lines it prints.");
            return 2;
        }
        var connectionString = new MySqlConnectionStringBuilder(server) { Database = $"sp_risks_{Guid.NewGuid():N}"[..24] }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("safetyportal-risk-bench-").FullName;
        try
        {
            var city = new CityGenerator(towns, staff: 0);
            var risks = new CityRisks(city);
            using var host = BenchHost.Build(connectionString, folder);
            var setup = Stopwatch.StartNew();
            var townIds = await CitySeeder.SeedAsync(host.Services, city);
            var categories = await RiskLibrarySeeder.SeedCatalogueAsync(host.Services, risks);
            var large = new List<(Guid Town, Guid Enterprise)>();
            foreach (var town in city.Towns)
            {
                large.Add((townIds[town.Code], await RiskLibrarySeeder.SeedPointsAsync(host.Services, city, risks, town, townIds[town.Code], categories)));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"city: {city.Towns.Count} towns, {city.Towns.Sum(t => t.EnterpriseCount):N0} enterprises, {risks.CategoryCount:N0} categories, " +
                $"{city.Towns.Sum(t => city.EnterprisesOf(t).Sum(e => risks.PointCount(e.Index))):N0} risk points; set up in {setup.Elapsed.TotalSeconds:F1} s"));
            await TimeAsync("register page, 200 points of one enterprise", host.Services, large[0].Town, async s =>
                (await s.GetRequiredService<ReadRiskRegister>().ListAsync(new PageRequest(1, 200), new RiskPointFilter(large[0].Enterprise))).Items.Count);
            await TimeAsync("register page, 200 points, searched", host.Services, large[0].Town, async s =>
                (await s.GetRequiredService<ReadRiskRegister>().ListAsync(new PageRequest(1, 200, "1"), new RiskPointFilter(large[0].Enterprise))).Items.Count);
            await TimeAsync("town overview (largest town)", host.Services, large[0].Town, async s =>
                (await s.GetRequiredService<ReadRiskOverview>().GetAsync()).Total);
            await TimeAsync("bureau overview (every town)", host.Services, null, async s =>
                (await s.GetRequiredService<ReadRiskOverview>().GetAsync()).Total);
            return 0;
        }
        finally
        {
            await ImportBenchmark.DropAsync(server, new MySqlConnectionStringBuilder(connectionString).Database);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs the work 5 times to warm up, then 50 times in a fresh scope in the town; prints median, p95 and max.</summary>
    internal static async Task TimeAsync(string name, IServiceProvider services, Guid? town, Func<IServiceProvider, Task<int>> work)
    {
        var times = new List<double>();
        var result = 0;
        for (var i = 0; i < Warmup + Runs; i++)
        {
            await using var scope = services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(town);
            var watch = Stopwatch.StartNew();
            result = await work(scope.ServiceProvider);
            if (i >= Warmup)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: median {times[times.Count / 2]:F1} ms, p95 {times[(int)(times.Count * 0.95)]:F1} ms, max {times[^1]:F1} ms over {Runs} runs (result {result:N0})"));
    }
}
