using Microsoft.Data.Sqlite;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Hosting;

/// <summary>"seed --demo" fills an existing database with the demo, and running it again changes nothing.</summary>
public sealed class SeedCommandTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("safetyportal-seed-");

    [Fact]
    public async Task Seed_demo_twice_leaves_one_copy_of_the_demo()
    {
        var database = Path.Combine(_root.FullName, "seeded.db");
        string[] args = ["seed", "--demo", $"--ConnectionStrings:Default=Data Source={database}", "--Database:SeedDemoOnFirstStart=false"];
        var first = await PortalProcess.RunAsync(_root.FullName, args);
        Assert.True(first.ExitCode == 0, first.Output);
        var counts = await CountAsync(database);
        var second = await PortalProcess.RunAsync(_root.FullName, args);
        Assert.True(second.ExitCode == 0, second.Output);

        Assert.Equal(counts, await CountAsync(database));
        Assert.Equal(8, counts.Towns);
        Assert.Equal(14, counts.Users);
    }

    private static async Task<(long Towns, long Users, long Units)> CountAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        return (await ScalarAsync(connection, "OrganizationTenants"), await ScalarAsync(connection, "AspNetUsers"), await ScalarAsync(connection, "OrganizationUnits"));
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose() => _root.Delete(recursive: true);
}
