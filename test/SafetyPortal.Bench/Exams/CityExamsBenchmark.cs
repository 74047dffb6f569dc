using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using SafetyPortal.Bench.City;
using SafetyPortal.Bench.Import;
using SafetyPortal.Bench.Risks;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Statistics;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Bench.Exams;

/// <summary>
/// dotnet run -c Release --project test/SafetyPortal.Bench -- --exams [--towns N] [--staff N]
/// Generates the city's enterprises, its 8,700-question bank and a year of exams (two per town, every staff member
/// sitting each, retakes) into a fresh MariaDB database, then times, as the API calls them, the bank's first page and a
/// risk-category filter in the largest town, and the results of that town's first exam: distribution and pass rates,
/// and the item statistics over its first attempts. Drops the database.
/// </summary>
internal static class CityExamsBenchmark
{
    public static async Task<int> RunAsync(int towns, int staff)
    {
        var server = Environment.GetEnvironmentVariable(ImportBenchmark.ServerVariable);
        if (string.IsNullOrEmpty(server))
        {
            await Console.Error.WriteLineAsync($"{ImportBenchmark.ServerVariable} is not set: run eng/mariadb.sh start and source the lines it prints.");
            return 2;
        }
        var connectionString = new MySqlConnectionStringBuilder(server) { Database = $"sp_exams_{Guid.NewGuid():N}"[..24] }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("safetyportal-exams-bench-").FullName;
        try
        {
            var city = new CityGenerator(towns, staff: staff);
            using var host = BenchHost.Build(connectionString, folder);
            var setup = Stopwatch.StartNew();
            var townIds = await CitySeeder.SeedAsync(host.Services, city);
            var (exams, attempts, rows) = await CityExamSeeder.SeedAsync(host.Services, connectionString, new CityExams(city), townIds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"city: {city.Towns.Count} towns, {city.Towns.Sum(t => t.EnterpriseCount):N0} enterprises, {staff:N0} staff, {CityExams.CityQuestions:N0} questions, " +
                $"{exams.Values.Sum(e => e.Length)} exams, {attempts:N0} attempts with {rows:N0} answered questions; set up in {setup.Elapsed.TotalSeconds:F1} s"));
            var largest = city.Towns.OrderByDescending(t => city.StaffOf(t).Count()).First();
            var town = townIds[largest.Code];
            var exam = exams[largest.Code][0];
            await RiskRegisterBenchmark.TimeAsync("question bank, first page (bureau + town questions)", host.Services, town, async s =>
                (await s.GetRequiredService<ReadQuestions>().ListAsync(new PageRequest(1), new QuestionFilter(), CancellationToken.None)).TotalCount);
            await RiskRegisterBenchmark.TimeAsync("question bank, one risk category", host.Services, town, async s =>
                (await s.GetRequiredService<ReadQuestions>().ListAsync(new PageRequest(1), new QuestionFilter(RiskCategory: CityExams.RiskCategoryOf(17)),
                    CancellationToken.None)).TotalCount);
            await RiskRegisterBenchmark.TimeAsync("exam results of the largest town (distribution, by enterprise and position)", host.Services, town, async s =>
                (await s.GetRequiredService<ReadExamStatistics>().StatisticsAsync(exam, null, CancellationToken.None)).Candidates);
            await RiskRegisterBenchmark.TimeAsync("item statistics of that exam (first attempts)", host.Services, town, async s =>
                (await s.GetRequiredService<ReadExamStatistics>().QuestionsAsync(exam, null, CancellationToken.None)).Count);
            return 0;
        }
        finally
        {
            await ImportBenchmark.DropAsync(server, new MySqlConnectionStringBuilder(connectionString).Database);
            Directory.Delete(folder, recursive: true);
        }
    }
}
