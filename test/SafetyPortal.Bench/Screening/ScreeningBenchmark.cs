using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using SafetyPortal.Bench.City;
using SafetyPortal.Bench.Import;
using SafetyPortal.Bench.Risks;
using SafetyPortal.Platform.Application;
using SafetyPortal.Risks.Screening.Application;

namespace SafetyPortal.Bench.Screening;

/// <summary>
/// dotnet run -c Release --project test/SafetyPortal.Bench -- --screening [--towns N]
/// Generates the city (6,173 enterprises, 1,367 catalogue entries, 118,000 risk points) into a fresh MariaDB database
/// and times 前置研判 at the service level, as POST /api/risks/screening/run does it: three conditions (enterprises
/// with confined spaces, at least one major risk, risk points waiting for verification), the bureau over every town
/// and the largest town over its own; then a category screening. Drops the database.
/// </summary>
internal static class ScreeningBenchmark
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly List<ScreeningConditionRequest> ThreeConditions = Parse("""
        [ { "key": "organization.key-sites", "parameters": { "sites": ["ConfinedSpace"] } },
          { "key": "risks.level-count", "parameters": { "levels": ["Major"], "count": { "min": 1 } } },
          { "key": "risks.verification", "parameters": { "states": ["Pending"] } } ]
        """);

    private static readonly List<ScreeningConditionRequest> CategoryAndGrade = Parse($$"""
        [ { "key": "risks.category", "parameters": { "codes": "{{CityRisks.CategoryCode(0)}}, {{CityRisks.CategoryCode(1)}}" } },
          { "key": "risks.level", "parameters": { "levels": ["Major", "Significant"] } },
          { "key": "organization.regulatory-grade", "parameters": { "values": ["A", "B", "C", "Unrated"] } } ]
        """);

    public static async Task<int> RunAsync(int towns)
    {
        var server = Environment.GetEnvironmentVariable(ImportBenchmark.ServerVariable);
        if (string.IsNullOrEmpty(server))
        {
            await Console.Error.WriteLineAsync($"{ImportBenchmark.ServerVariable} is not set: run eng/mariadb.sh start and source the lines it prints.");
            return 2;
        }
        var connectionString = new MySqlConnectionStringBuilder(server) { Database = $"sp_screen_{Guid.NewGuid():N}"[..24] }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("safetyportal-screening-bench-").FullName;
        try
        {
            var city = new CityGenerator(towns, staff: 0);
            var risks = new CityRisks(city);
            using var host = BenchHost.Build(connectionString, folder);
            var setup = Stopwatch.StartNew();
            var townIds = await CitySeeder.SeedAsync(host.Services, city);
            var categories = await RiskLibrarySeeder.SeedCatalogueAsync(host.Services, risks);
            foreach (var town in city.Towns)
            {
                await RiskLibrarySeeder.SeedPointsAsync(host.Services, city, risks, town, townIds[town.Code], categories);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"city: {city.Towns.Count} towns, {city.Towns.Sum(t => t.EnterpriseCount):N0} enterprises, {risks.CategoryCount:N0} categories, " +
                $"{city.Towns.Sum(t => city.EnterprisesOf(t).Sum(e => risks.PointCount(e.Index))):N0} risk points; set up in {setup.Elapsed.TotalSeconds:F1} s"));
            var largest = townIds[city.Towns.MaxBy(t => t.EnterpriseCount)!.Code];
            await RiskRegisterBenchmark.TimeAsync("screening, 3 conditions, bureau over every town", host.Services, null, s => Run(s, ThreeConditions));
            await RiskRegisterBenchmark.TimeAsync("screening, 3 conditions, largest town", host.Services, largest, s => Run(s, ThreeConditions));
            await RiskRegisterBenchmark.TimeAsync("screening, 2 categories + level + grade, bureau", host.Services, null, s => Run(s, CategoryAndGrade));
            return 0;
        }
        finally
        {
            await ImportBenchmark.DropAsync(server, new MySqlConnectionStringBuilder(connectionString).Database);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> Run(IServiceProvider services, List<ScreeningConditionRequest> conditions) =>
        (await services.GetRequiredService<RunScreening>().RunAsync(conditions, new PageRequest(1, 20))).TotalCount;

    private static List<ScreeningConditionRequest> Parse(string json) => JsonSerializer.Deserialize<List<ScreeningConditionRequest>>(json, Json)!;
}
