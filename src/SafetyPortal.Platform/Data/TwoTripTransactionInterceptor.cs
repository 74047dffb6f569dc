using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SafetyPortal.Platform.Data;

/// <summary>
/// The MySQL half of <see cref="TwoTripTransaction"/>: puts START TRANSACTION in front of the unit's first command, FOR
/// UPDATE after a read tagged <see cref="TwoTripTransaction.ForUpdateTag"/>, and COMMIT after the save's batch when the
/// unit decided at the start of the save that it may (a server stops a multi-statement batch at its first error, so the
/// COMMIT runs only when every row went in). Stateless; the unit's state hangs on the context.
/// </summary>
internal sealed class TwoTripTransactionInterceptor : DbCommandInterceptor, ISaveChangesInterceptor
{
    public static readonly TwoTripTransactionInterceptor Instance = new();

    private TwoTripTransactionInterceptor()
    {
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Shape(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Shape(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Shape(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Shape(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Shape(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Shape(command, eventData);
        return ValueTask.FromResult(result);
    }

    // Registered after the unit-of-work hooks' interceptor, so this runs once the hooks have added their rows.
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Decide(eventData);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Decide(eventData);
        return ValueTask.FromResult(result);
    }

    private static void Decide(DbContextEventData eventData)
    {
        if (TwoTripTransaction.Of(eventData.Context) is not { } state)
        {
            return;
        }
        if (state.CommitSent)
        {
            throw new InvalidOperationException("A two-trip transaction has committed with its save's batch; it cannot save again.");
        }
        state.CommitWithBatch = state.Saving && TwoTripTransaction.CommitsWithBatch(eventData.Context!, state);
    }

    private static void Shape(DbCommand command, CommandEventData eventData)
    {
        if (TwoTripTransaction.Of(eventData.Context) is not { } state)
        {
            return;
        }
        var text = command.CommandText;
        if (text.StartsWith("-- " + TwoTripTransaction.ForUpdateTag, StringComparison.Ordinal))
        {
            text = $"{text.TrimEnd().TrimEnd(';')}\nFOR UPDATE";
            state.LockedRead = true;
        }
        if (eventData.CommandSource == CommandSource.SaveChanges && state.CommitWithBatch)
        {
            if (state.CommitSent)
            {
                throw new InvalidOperationException("A save expected in one batch went in two; the first has committed.");
            }
            text = $"{text.TrimEnd().TrimEnd(';')};\nCOMMIT;";
            state.CommitSent = true;
        }
        if (!state.Begun)
        {
            text = $"START TRANSACTION;\n{text}";
            state.Begun = true;
        }
        command.CommandText = text;
    }
}
