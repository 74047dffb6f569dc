using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Tests.Auditing;

namespace SafetyPortal.Platform.Tests.Data;

/// <summary>
/// The host pools PortalDbContext: one instance serves request after request. What one request left on it (work waiting
/// for a save that never came, event handlers, tracked rows) must not reach the next.
/// </summary>
public sealed class PooledContextTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly PooledDbContextFactory<PortalDbContext> _pool;
    private readonly List<string> _done = [];

    public PooledContextTests()
    {
        _connection.Open();
        var options = TestContextOptions.Sqlite(_connection, UnitOfWorkHooksInterceptor.Instance);
        _pool = new PooledDbContextFactory<PortalDbContext>(options);
        using var db = _pool.CreateDbContext();
        db.Database.EnsureCreated();
    }

    [Fact]
    public async Task Work_a_request_registered_but_never_saved_does_not_run_in_the_next_request()
    {
        PortalDbContext first;
        await using (first = await _pool.CreateDbContextAsync())
        {
            first.BeforeSave(_ => Record("before the first request's save"));
            first.AfterCommit(_ => Record("after the first request's commit"));
            first.SavedChanges += (_, _) => _done.Add("first request's handler");
            first.Add(new Citizen { Name = "never saved" });
        }

        await using var next = await _pool.CreateDbContextAsync();
        Assert.Same(first, next);
        next.Add(new Citizen { Name = "张三" });
        await next.SaveChangesAsync();

        Assert.Empty(_done);
        Assert.Equal(["张三"], await next.Set<Citizen>().Select(c => c.Name).ToListAsync());
    }

    private Task Record(string what)
    {
        _done.Add(what);
        return Task.CompletedTask;
    }

    public void Dispose() => _connection.Dispose();
}
