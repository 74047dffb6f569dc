using MySqlConnector;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Bench.Import;

namespace SafetyPortal.Bench;

/// <summary>
/// The frame of a city benchmark on MariaDB: the server from SAFETYPORTAL_TEST_MARIADB, a fresh database named with the
/// prefix, a temporary content root, a bench host on both; the database and folder are dropped afterwards, whatever happens.
/// </summary>
internal static class MariaDbBench
{
    public static async Task<int> RunAsync(string prefix, Func<IHost, Task<int>> work)
    {
        var server = Environment.GetEnvironmentVariable(ImportBenchmark.ServerVariable);
        if (string.IsNullOrEmpty(server))
        {
            await Console.Error.WriteLineAsync($"{ImportBenchmark.ServerVariable} is not set: run eng/mariadb.sh start and source the lines it prints.");
            return 2;
        }
        var database = $"sp_{prefix}_{Guid.NewGuid():N}"[..24];
        var connectionString = new MySqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory($"safetyportal-{prefix}-bench-").FullName;
        try
        {
            using var host = BenchHost.Build(connectionString, folder);
            return await work(host);
        }
        finally
        {
            await ImportBenchmark.DropAsync(server, database);
            Directory.Delete(folder, recursive: true);
        }
    }
}
