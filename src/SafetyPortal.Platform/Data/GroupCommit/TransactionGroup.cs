using System.Data;
using System.Runtime.CompilerServices;
using MySqlConnector;

namespace SafetyPortal.Platform.Data.GroupCommit;

/// <summary>
/// One shared MySQL transaction and the units of work that joined it (see <see cref="TransactionGroups"/>). Members take
/// turns on the connection; the member that finishes last, when no one else is in the group, ends the transaction: COMMIT
/// when every member's writes went in, ROLLBACK when one failed after writing (the others then run again alone).
/// </summary>
internal sealed class TransactionGroup(int capacity) : IAsyncDisposable
{
    private static readonly ConditionalWeakTable<MySqlTransaction, TransactionGroup> OfTransaction = [];

    private readonly SemaphoreSlim turn = new(0, 1);
    private readonly TaskCompletionSource<bool> outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private MySqlConnection? connection;
    private int joined = 1;
    private int finished;

    public MySqlConnection Connection => connection!;

    public MySqlTransaction Transaction { get; private set; } = null!;

    /// <summary>False when the transaction could not begin, or a member failed after writing: nothing will commit.</summary>
    public bool Usable { get; private set; } = true;

    /// <summary>Set by <see cref="TransactionGroupInterceptor"/> when the member whose turn it is sends anything but a SELECT.</summary>
    public bool MemberWrote { get; set; }

    /// <summary>Closed: the last member finished; no one may join any more.</summary>
    public bool Closed { get; private set; }

    /// <summary>True once committed; false when rolled back or never begun.</summary>
    public Task<bool> Outcome => outcome.Task;

    /// <summary>The group whose shared transaction <paramref name="transaction"/> is, if any.</summary>
    public static TransactionGroup? Of(System.Data.Common.DbTransaction? transaction) =>
        transaction is MySqlTransaction shared && OfTransaction.TryGetValue(shared, out var group) ? group : null;

    /// <summary>Joins under the caller's lock; false when the group is closed or full.</summary>
    public bool TryJoin()
    {
        if (Closed || joined >= capacity)
        {
            return false;
        }
        joined++;
        return true;
    }

    /// <summary>
    /// Run by the member that opened the group: READ COMMITTED, so each member's read sees what committed before it, not
    /// a snapshot taken when the first member read. Then the first turn is free.
    /// </summary>
    public async Task BeginAsync(string connectionString)
    {
        try
        {
            connection = new MySqlConnection(connectionString);
            await connection.OpenAsync();
            Transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted);
            OfTransaction.Add(Transaction, this);
        }
        catch (Exception e) when (e is MySqlException or InvalidOperationException or TimeoutException)
        {
            Usable = false;
        }
        turn.Release();
    }

    public Task WaitForTurnAsync() => turn.WaitAsync();

    /// <summary>A member failed after writing: the transaction must not commit.</summary>
    public void Spoil() => Usable = false;

    /// <summary>
    /// Ends a member's turn under the caller's lock; true when it was the last member, which must then call
    /// <see cref="EndAsync"/> outside the lock.
    /// </summary>
    public bool FinishTurn()
    {
        finished++;
        if (finished < joined)
        {
            turn.Release();
            return false;
        }
        Closed = true;
        return true;
    }

    public async Task EndAsync()
    {
        var committed = false;
        try
        {
            if (Usable)
            {
                await Transaction.CommitAsync();
                committed = true;
            }
            else if (connection is { State: ConnectionState.Open } && Transaction is not null)
            {
                await Transaction.RollbackAsync();
            }
        }
        catch (Exception e) when (e is MySqlException or InvalidOperationException)
        {
            // A COMMIT that failed committed nothing; a failed ROLLBACK leaves the server to roll back when the connection goes.
        }
        finally
        {
            await DisposeAsync();
            outcome.SetResult(committed);
        }
    }

    /// <summary>Run by <see cref="EndAsync"/>: every member has had its turn by then.</summary>
    public async ValueTask DisposeAsync()
    {
        turn.Dispose();
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }
}
