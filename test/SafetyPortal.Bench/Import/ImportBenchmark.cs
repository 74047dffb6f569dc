using System.Diagnostics;
using System.Globalization;
using MySqlConnector;
using SafetyPortal.Bench.City;

namespace SafetyPortal.Bench.Import;

/// <summary>
/// dotnet run -c Release --project test/SafetyPortal.Bench -- --import [--towns N]
/// Generates the city into a fresh MariaDB database (SAFETYPORTAL_TEST_MARIADB names the server),
/// writes each town's staff workbook, then imports them all in a child process so its peak working
/// set is the import's alone. Drops the database afterwards.
/// </summary>
internal static class ImportBenchmark
{
    public const string ServerVariable = "SAFETYPORTAL_TEST_MARIADB";

    public static async Task<int> RunAsync(int towns, int staff)
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrEmpty(server))
        {
            await Console.Error.WriteLineAsync($"{ServerVariable} is not set: run eng/mariadb.sh start and source the lines it prints.");
            return 2;
        }
        var connectionString = new MySqlConnectionStringBuilder(server) { Database = $"sp_bench_{Guid.NewGuid():N}"[..24] }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("safetyportal-import-bench-").FullName;
        try
        {
            var city = new CityGenerator(towns, staff: staff);
            var setup = Stopwatch.StartNew();
            using (var host = BenchHost.Build(connectionString, folder))
            {
                await CitySeeder.SeedAsync(host.Services, city);
            }
            var files = city.Towns.Select(t => CitySeeder.WriteStaffWorkbook(city, t, folder)).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"city: {city.Towns.Count} towns, {CityGenerator.CityEnterprises:N0} enterprises, {city.StaffCount:N0} staff in {files.Count} workbooks " +
                $"({files.Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0:F1} MB); set up in {setup.Elapsed.TotalSeconds:F1} s"));
            return await RunChildAsync(connectionString, folder, city.Towns.Select(t => t.Code));
        }
        finally
        {
            await DropAsync(server, new MySqlConnectionStringBuilder(connectionString).Database);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> RunChildAsync(string connectionString, string folder, IEnumerable<string> towns)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ImportBenchmark).Assembly.Location);
        }
        foreach (var argument in new[] { ImportRun.Switch, connectionString, folder }.Concat(towns))
        {
            start.ArgumentList.Add(argument);
        }
        using var child = Process.Start(start)!;
        await child.WaitForExitAsync();
        return child.ExitCode;
    }

    public static async Task DropAsync(string server, string database)
    {
        await using var connection = new MySqlConnection(server);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS `{database}`";
        await command.ExecuteNonQueryAsync();
    }
}
