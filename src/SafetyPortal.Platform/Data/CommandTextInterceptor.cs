using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SafetyPortal.Platform.Data;

/// <summary>
/// A command interceptor that may rewrite the text of every command EF sends, whichever way it is executed (reader,
/// non-query, scalar; synchronous or not), just before it goes out.
/// </summary>
internal abstract class CommandTextInterceptor : DbCommandInterceptor
{
    public sealed override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result)
    {
        Rewrite(command, eventData);
        return result;
    }

    public sealed override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Rewrite(command, eventData);
        return ValueTask.FromResult(result);
    }

    public sealed override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Rewrite(command, eventData);
        return result;
    }

    public sealed override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Rewrite(command, eventData);
        return ValueTask.FromResult(result);
    }

    public sealed override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Rewrite(command, eventData);
        return result;
    }

    public sealed override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Rewrite(command, eventData);
        return ValueTask.FromResult(result);
    }

    /// <summary>Changes <paramref name="command"/>'s text, or leaves it.</summary>
    protected abstract void Rewrite(DbCommand command, CommandEventData eventData);
}
