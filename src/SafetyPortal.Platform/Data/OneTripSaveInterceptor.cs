using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SafetyPortal.Platform.Data;

/// <summary>
/// The MySQL half of <see cref="OneTripSave"/>: wraps the save's batch in START TRANSACTION ... COMMIT (a server stops
/// a multi-statement batch at its first error, so the COMMIT runs only when every row went in). A later batch of the same
/// save, a retry after a failure, first rolls back whatever the failed one left open; a save that fails for good rolls it
/// back too, so the pooled connection carries no open transaction. Stateless; the one-trip state hangs on the context.
/// </summary>
internal sealed class OneTripSaveInterceptor : CommandTextInterceptor, ISaveChangesInterceptor
{
    public static readonly OneTripSaveInterceptor Instance = new();

    private OneTripSaveInterceptor()
    {
    }

    // Registered after the unit-of-work hooks' interceptor, so these run once the hooks have added their rows.
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        OneTripSave.RecheckAfterHooks(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        OneTripSave.RecheckAfterHooks(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (ConnectionOfFailed(eventData) is { } connection)
        {
            OpenTransactionRollback.Send(connection);
        }
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        ConnectionOfFailed(eventData) is { } connection ? OpenTransactionRollback.SendAsync(connection) : Task.CompletedTask;

    /// <summary>The connection of a one-trip save whose batch was sent and failed.</summary>
    private static DbConnection? ConnectionOfFailed(DbContextErrorEventData eventData) =>
        OneTripSave.Of(eventData.Context) is { Batches: > 0 } ? eventData.Context!.Database.GetDbConnection() : null;

    protected override void Rewrite(DbCommand command, CommandEventData eventData)
    {
        if (eventData.CommandSource != CommandSource.SaveChanges || OneTripSave.Of(eventData.Context) is not { } state)
        {
            return;
        }
        const string autocommit = "SET AUTOCOMMIT = 1;";
        var text = command.CommandText.TrimStart();
        var head = text.StartsWith(autocommit, StringComparison.OrdinalIgnoreCase) ? autocommit : "";
        var begin = state.Batches++ == 0 ? "START TRANSACTION;" : "ROLLBACK;\nSTART TRANSACTION;";
        command.CommandText = $"{head}\n{begin}\n{text[head.Length..].TrimEnd().TrimEnd(';')};\nCOMMIT;";
    }
}
