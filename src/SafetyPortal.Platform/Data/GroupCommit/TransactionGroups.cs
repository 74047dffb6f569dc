using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using MySqlConnector;

namespace SafetyPortal.Platform.Data.GroupCommit;

/// <summary>
/// Group commit for short units of work that arrive together (a workflow's task completions under load): on MySQL/MariaDB,
/// concurrent units share one transaction instead of each beginning and committing its own. Each unit keeps its own
/// context, scope and user; the units take turns on the group's connection, and the group commits once when its last
/// unit is done, so the begin (two statements) and the COMMIT, and their round trips, are paid once per group. Each
/// unit's after-commit hooks and audit entries run once the group has committed, as with a transaction of its own.
/// <para>
/// A unit that fails before writing fails alone (a task that is not yours, a form that does not validate); one that fails
/// after writing, or on a database error, spoils the group: it rolls back, and every unit of it runs again alone, in a
/// transaction of its own (<see cref="PortalTransactions.InTransactionAsync"/>), so no unit commits part of its work or
/// another's failure. Units must therefore be safe to run twice, as the retrying execution strategy already requires.
/// Under no load a group has one unit. Elsewhere (SQLite, a transaction already open, a context that holds its
/// connection) the unit runs as usual.
/// </para>
/// </summary>
public sealed class TransactionGroups
{
    /// <summary>Units per group: more would make each wait longer for its turn and for the group's commit.</summary>
    public const int Capacity = 4;

    private readonly Lock gate = new();
    private readonly List<TransactionGroup> open = [];

    public async Task RunAsync(PortalDbContext db, Func<CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        var database = db.Database;
        if (!database.IsMySql() || database.CurrentTransaction is not null || database.GetDbConnection().State != ConnectionState.Closed
            || database.GetConnectionString() is not { } connectionString)
        {
            await db.InTransactionAsync(work, cancellationToken);
            return;
        }
        var (group, opened) = Join();
        if (opened)
        {
            await group.BeginAsync(GroupConnectionStrings.GetOrAdd(connectionString, ForGroups));
        }
        await group.WaitForTurnAsync();
        MemberResult? result = null;
        var committed = false;
        try
        {
            try
            {
                result = group.Usable ? await RunMemberAsync(db, group, work, cancellationToken) : null;
            }
            finally
            {
                await FinishTurnAsync(group);
            }
            committed = result is { Failure: null } && await group.Outcome;
            // The group's COMMIT or ROLLBACK has been sent; the member's own transaction object only reports it (the
            // interceptor suppresses the statement), so its after-commit hooks and audit entries run or are dropped.
            if (database.CurrentTransaction is { } member)
            {
                await (committed ? member.CommitAsync(CancellationToken.None) : member.RollbackAsync(CancellationToken.None));
            }
        }
        finally
        {
            Release(db, connectionString);
        }
        if (result?.Failure is { } failure && !result.Spoiled)
        {
            failure.Throw();
        }
        if (!committed)
        {
            db.ChangeTracker.Clear();
            await db.InTransactionAsync(work, cancellationToken);
        }
    }

    private static readonly ConcurrentDictionary<string, string> GroupConnectionStrings = new();

    /// <summary>
    /// The groups' connections come from a pool of their own (another application name, so another pool): beginning a
    /// READ COMMITTED transaction sets the session's isolation level, and the portal's other connections keep no session
    /// state (MySqlConnector sets the level of each transaction it begins; a bare START TRANSACTION would take the session's).
    /// </summary>
    private static string ForGroups(string connectionString) =>
        new MySqlConnectionStringBuilder(connectionString) { ApplicationName = "SafetyPortal group commit" }.ConnectionString;

    private (TransactionGroup Group, bool Opened) Join()
    {
        lock (gate)
        {
            foreach (var candidate in open)
            {
                if (candidate.TryJoin())
                {
                    return (candidate, false);
                }
            }
            var group = new TransactionGroup(Capacity);
            open.Add(group);
            return (group, true);
        }
    }

    private async Task FinishTurnAsync(TransactionGroup group)
    {
        bool last;
        lock (gate)
        {
            last = group.FinishTurn();
            if (last)
            {
                open.Remove(group);
            }
        }
        if (last)
        {
            await group.EndAsync();
        }
    }

    /// <summary>
    /// The member's turn: its context works on the group's connection and transaction. The execution strategy runs around
    /// it (the retrying one refuses saves in a transaction it did not start) and never retries: a failure is returned,
    /// not thrown, as a retry on a shared transaction could repeat another member's work.
    /// </summary>
    private static async Task<MemberResult> RunMemberAsync(PortalDbContext db, TransactionGroup group, Func<CancellationToken, Task> work,
        CancellationToken cancellationToken)
    {
        var database = db.Database;
        // EF 9's asynchronous reset of a pooled context keeps the count of opens of its last lease (a workflow start holds
        // its connection open to the end), and SetDbConnection refuses a connection it counts as open. The connection is
        // closed and no transaction is open (checked on entry): the synchronous reset zeroes the count.
        ((IResettableService)db.GetService<IRelationalConnection>()).ResetState();
        database.SetDbConnection(group.Connection, contextOwnsConnection: false);
        group.MemberWrote = false;
        return await database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            try
            {
                await database.UseTransactionAsync(group.Transaction, ct);
                await work(ct);
                return new MemberResult(null, false);
            }
            catch (Exception e)
            {
                var spoiled = group.MemberWrote || e is DbException || e.InnerException is DbException;
                if (spoiled)
                {
                    group.Spoil();
                }
                return new MemberResult(ExceptionDispatchInfo.Capture(e), spoiled);
            }
        }, cancellationToken);
    }

    /// <summary>Gives the context back its own connection (a new one, from the same pool) for whatever it does next.</summary>
    private static void Release(PortalDbContext db, string connectionString)
    {
        var database = db.Database;
        if (database.CurrentTransaction is not null)
        {
            database.UseTransaction(null);
        }
        database.SetDbConnection(null, contextOwnsConnection: true);
        database.SetConnectionString(connectionString);
    }

    private sealed record MemberResult(ExceptionDispatchInfo? Failure, bool Spoiled);
}
