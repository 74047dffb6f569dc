using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using SafetyPortal.Articles.CaseWarnings;
using SafetyPortal.Articles.MustRead;
using SafetyPortal.Bench.City;
using SafetyPortal.Bench.Import;
using SafetyPortal.Bench.Risks;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Bench.Articles;

/// <summary>
/// dotnet run -c Release --project test/SafetyPortal.Bench -- --articles [--towns N] [--staff N]
/// Generates the city's enterprises, its 以案示警 articles, every staff member's readings and each town's must-read of the
/// bureau's newest issue into a fresh MariaDB database, then times, as the API calls them in the largest town (town
/// staff, no signed-in user: the whole town is visible), the reading list's first page, the town's must-read list and
/// the first page of who has not read the town's must-read. Drops the database.
/// </summary>
internal static class CityArticlesBenchmark
{
    public static async Task<int> RunAsync(int towns, int staff)
    {
        var server = Environment.GetEnvironmentVariable(ImportBenchmark.ServerVariable);
        if (string.IsNullOrEmpty(server))
        {
            await Console.Error.WriteLineAsync($"{ImportBenchmark.ServerVariable} is not set: run eng/mariadb.sh start and source the lines it prints.");
            return 2;
        }
        var connectionString = new MySqlConnectionStringBuilder(server) { Database = $"sp_articles_{Guid.NewGuid():N}"[..24] }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("safetyportal-articles-bench-").FullName;
        try
        {
            var city = new CityGenerator(towns, staff: staff);
            using var host = BenchHost.Build(connectionString, folder);
            var setup = Stopwatch.StartNew();
            var townIds = await CitySeeder.SeedAsync(host.Services, city);
            var (articles, mustReads, readings, recipients) = await CityArticleSeeder.SeedAsync(host.Services, connectionString, new CityArticles(city), townIds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"city: {city.Towns.Count} towns, {city.Towns.Sum(t => t.EnterpriseCount):N0} enterprises, {staff:N0} staff, {articles.Length} articles, " +
                $"{readings:N0} readings, {mustReads.Count} must-reads with {recipients:N0} recipients; set up in {setup.Elapsed.TotalSeconds:F1} s"));
            var largest = city.Towns.OrderByDescending(t => city.StaffOf(t).Count()).First();
            var town = townIds[largest.Code];
            var mustRead = mustReads[largest.Code];
            await RiskRegisterBenchmark.TimeAsync("reading list, first page (bureau + town articles)", host.Services, town, async s =>
                (await s.GetRequiredService<ReadCaseWarnings>().ReadingListAsync(new PageRequest(1), new CaseWarningFilter(), CancellationToken.None)).TotalCount);
            await RiskRegisterBenchmark.TimeAsync("must-read list of the largest town (with read counts)", host.Services, town, async s =>
                (await s.GetRequiredService<ReadMustRead>().ListAsync(new PageRequest(1), null)).TotalCount);
            // MustReadPeople joins the user table, which the generated city does not fill: the query under it is timed.
            await RiskRegisterBenchmark.TimeAsync("who has not read the town's must-read, first page (recipients query, no names)", host.Services, town,
                async s => (await (await s.GetRequiredService<ReadMustRead>().RecipientsAsync(CancellationToken.None))
                    .Where(r => r.AssignmentId == mustRead && r.ReadToEndAt == null).OrderBy(r => r.UserId)
                    .ToPagedResultAsync(new PageRequest(1), CancellationToken.None)).TotalCount);
            return 0;
        }
        finally
        {
            await ImportBenchmark.DropAsync(server, new MySqlConnectionStringBuilder(connectionString).Database);
            Directory.Delete(folder, recursive: true);
        }
    }
}
