using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SafetyPortal.Platform.Data.GroupCommit;

/// <summary>
/// The context side of <see cref="TransactionGroups"/>: a member's context never commits or rolls back the group's shared
/// transaction itself (the group does, once), so its commit and rollback are suppressed and only reported to the other
/// interceptors (after-commit hooks, audit). And a member's turn is marked as having written as soon as it sends anything
/// but a SELECT, so that its failure spoils the group. Stateless.
/// </summary>
internal sealed class TransactionGroupInterceptor : DbCommandInterceptor, IDbTransactionInterceptor
{
    public static readonly TransactionGroupInterceptor Instance = new();

    private TransactionGroupInterceptor()
    {
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Mark(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Mark(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Mark(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Mark(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Mark(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Mark(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        TransactionGroup.Of(transaction) is null ? result : InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(TransactionCommitting(transaction, eventData, result));

    public InterceptionResult TransactionRollingBack(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result) =>
        TransactionGroup.Of(transaction) is null ? result : InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> TransactionRollingBackAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(TransactionRollingBack(transaction, eventData, result));

    private static void Mark(DbCommand command)
    {
        if (TransactionGroup.Of(command.Transaction) is { } group && !IsSelect(command.CommandText))
        {
            group.MemberWrote = true;
        }
    }

    /// <summary>A plain query: EF's queries begin with SELECT. Anything else (a batch, a comment first) counts as a write.</summary>
    private static bool IsSelect(string text) =>
        text.AsSpan().TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);
}
