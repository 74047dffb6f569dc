using MySqlConnector;

namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>The throwaway MariaDB server that ./build.sh test starts; its connection string names no database.</summary>
public static class MariaDbServer
{
    public const string Variable = "SAFETYPORTAL_TEST_MARIADB";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: run ./build.sh test, or ./build.sh mariadb and export the line it prints.");

    /// <summary>A connection string for a database of this name on the test server (created by the first migration).</summary>
    public static string ForDatabase(string database) =>
        new MySqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ConnectionString;

    public static string NewDatabaseName() => $"sp_test_{Guid.NewGuid():N}"[..24];

    public static async Task DropAsync(string database)
    {
        await using var connection = new MySqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS `{database}`";
        await command.ExecuteNonQueryAsync();
    }
}
