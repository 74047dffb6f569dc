using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Tests.Auditing;

namespace SafetyPortal.Platform.Tests.Data;

/// <summary>Work tied to a save (notices before it, their text messages after the commit), on in-memory SQLite.</summary>
public sealed class UnitOfWorkHooksTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly PortalDbContext _db;
    private readonly List<string> _done = [];

    public UnitOfWorkHooksTests()
    {
        _connection.Open();
        var options = TestContextOptions.Sqlite(_connection, UnitOfWorkHooksInterceptor.Instance);
        _db = new PortalDbContext(options);
        _db.Database.EnsureCreated();
    }

    private Func<CancellationToken, Task> Record(string what) => _ =>
    {
        _done.Add(what);
        return Task.CompletedTask;
    };

    [Fact]
    public async Task Rows_added_before_the_save_are_stored_by_that_save()
    {
        _db.BeforeSave(async ct =>
        {
            var count = await _db.Set<Citizen>().CountAsync(ct);
            _db.Add(new Citizen { Name = $"added when {count} were stored" });
        });
        _db.Add(new Citizen { Name = "张三" });

        await _db.SaveChangesAsync();

        Assert.Equal(["added when 0 were stored", "张三"], await _db.Set<Citizen>().Select(c => c.Name).OrderBy(n => n).ToListAsync());
        await _db.SaveChangesAsync();
        Assert.Equal(2, await _db.Set<Citizen>().CountAsync());
    }

    [Fact]
    public async Task After_commit_work_runs_once_after_a_save_outside_a_transaction()
    {
        _db.AfterCommit(Record("texted"));
        Assert.Empty(_done);

        _db.Add(new Citizen { Name = "张三" });
        await _db.SaveChangesAsync();
        _db.Add(new Citizen { Name = "李四" });
        await _db.SaveChangesAsync();

        Assert.Equal(["texted"], _done);
    }

    [Fact]
    public async Task After_commit_work_waits_for_the_transaction_to_commit()
    {
        await using (var transaction = await _db.Database.BeginTransactionAsync())
        {
            _db.AfterCommit(Record("texted"));
            _db.Add(new Citizen { Name = "张三" });
            await _db.SaveChangesAsync();
            Assert.Empty(_done);
            await transaction.CommitAsync();
        }

        Assert.Equal(["texted"], _done);
    }

    [Fact]
    public async Task After_commit_work_of_a_rolled_back_transaction_never_runs()
    {
        await using (var transaction = await _db.Database.BeginTransactionAsync())
        {
            _db.AfterCommit(Record("rolled back"));
            _db.Add(new Citizen { Name = "张三" });
            await _db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        _db.ChangeTracker.Clear();
        _db.Add(new Citizen { Name = "李四" });
        await _db.SaveChangesAsync();

        Assert.Empty(_done);
    }

    [Fact]
    public async Task After_commit_work_of_a_transaction_disposed_without_commit_never_runs()
    {
        await using (await _db.Database.BeginTransactionAsync())
        {
            _db.AfterCommit(Record("abandoned"));
            _db.Add(new Citizen { Name = "张三" });
            await _db.SaveChangesAsync();
        }
        _db.ChangeTracker.Clear();
        _db.AfterCommit(Record("saved"));
        _db.Add(new Citizen { Name = "李四" });
        await _db.SaveChangesAsync();

        Assert.Equal(["saved"], _done);
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }
}
