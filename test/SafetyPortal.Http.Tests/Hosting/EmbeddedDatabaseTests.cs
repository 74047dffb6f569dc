using Microsoft.Data.Sqlite;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Hosting;

/// <summary>The embedded SQLite database as a single node uses it: pages read while background jobs write.</summary>
public sealed class EmbeddedDatabaseTests : IAsyncLifetime
{
    private readonly SqlitePortalFactory _factory = new();

    [Fact]
    public async Task The_embedded_database_uses_a_write_ahead_log_so_readers_do_not_wait_for_writers()
    {
        using var client = _factory.CreatePortalClient();
        await client.Http.GetAsync("/health/ready");

        await using var connection = new SqliteConnection($"Data Source={_factory.DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    public Task InitializeAsync() => _factory.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_factory).DisposeAsync();
}
