using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using SafetyPortal.Bench.City;
using SafetyPortal.Bench.Import;
using SafetyPortal.Bench.Risks;
using SafetyPortal.Learning.Tracking;

namespace SafetyPortal.Bench.Learning;

/// <summary>
/// dotnet run -c Release --project test/SafetyPortal.Bench -- --training [--towns N]
/// Generates the city's enterprises, the training plans and every staff member's enrolments (about 410,000 rows:
/// 200,000 staff on the bureau's plan, the frontline on their town's, plus a 5,000-person enterprise per town) into a
/// fresh MariaDB database, then times the enterprise dashboard of a 5,000-person enterprise (four grouped queries and
/// the names) and the bureau's city-wide coverage per town. Drops the database.
/// </summary>
internal static class TrainingBenchmark
{
    public static async Task<int> RunAsync(int towns)
    {
        var server = Environment.GetEnvironmentVariable(ImportBenchmark.ServerVariable);
        if (string.IsNullOrEmpty(server))
        {
            await Console.Error.WriteLineAsync($"{ImportBenchmark.ServerVariable} is not set: run eng/mariadb.sh start and source the lines it prints.");
            return 2;
        }
        var connectionString = new MySqlConnectionStringBuilder(server) { Database = $"sp_train_{Guid.NewGuid():N}"[..24] }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("safetyportal-training-bench-").FullName;
        try
        {
            var city = new CityGenerator(towns, staff: CityGenerator.CityStaff);
            using var host = BenchHost.Build(connectionString, folder);
            var setup = Stopwatch.StartNew();
            var townIds = await CitySeeder.SeedAsync(host.Services, city);
            var (bureauPlan, large, rows) = await TrainingSeeder.SeedAsync(host.Services, connectionString, new CityTraining(city), townIds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"city: {city.Towns.Count} towns, {city.Towns.Sum(t => t.EnterpriseCount):N0} enterprises, {rows:N0} enrolments; set up in {setup.Elapsed.TotalSeconds:F1} s"));
            var first = city.Towns[0];
            await RiskRegisterBenchmark.TimeAsync("enterprise dashboard, 5,000+ staff, both plans", host.Services, townIds[first.Code], async s =>
                (await s.GetRequiredService<ReadTracking>().EnterpriseDashboardAsync(large[first.Code], null)).Total.Enrolled);
            await RiskRegisterBenchmark.TimeAsync("town coverage per enterprise (largest town)", host.Services, townIds[first.Code], async s =>
                (await s.GetRequiredService<ReadTracking>().TownCoverageAsync(null)).Sum(r => r.Enrolled));
            await RiskRegisterBenchmark.TimeAsync("bureau coverage per town (every town)", host.Services, null, async s =>
                (await s.GetRequiredService<ReadTracking>().BureauCoverageAsync(null)).Sum(r => r.Enrolled));
            await RiskRegisterBenchmark.TimeAsync("bureau coverage of the bureau plan", host.Services, null, async s =>
                (await s.GetRequiredService<ReadTracking>().BureauCoverageAsync(bureauPlan)).Sum(r => r.Enrolled));
            await RiskRegisterBenchmark.TimeAsync("summary rebuild of the bureau plan in the largest town (enrolment job step)", host.Services, townIds[first.Code], async s =>
            {
                await s.GetRequiredService<TrainingCoverage>().RebuildPlanAsync(bureauPlan);
                return 1;
            });
            await RiskRegisterBenchmark.TimeAsync("people counts rebuild in the largest town (enrolment job step)", host.Services, townIds[first.Code], async s =>
            {
                await s.GetRequiredService<TrainingCoverage>().RebuildPeopleAsync();
                return 1;
            });
            return 0;
        }
        finally
        {
            await ImportBenchmark.DropAsync(server, new MySqlConnectionStringBuilder(connectionString).Database);
            Directory.Delete(folder, recursive: true);
        }
    }
}
