using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SafetyPortal.Platform.Data;

/// <summary>
/// The MySQL half of <see cref="TwoTripTransaction"/>: puts START TRANSACTION in front of the unit's first command, FOR
/// UPDATE after a read tagged <see cref="TwoTripTransaction.ForUpdateTag"/>, and COMMIT after the save's batch when the
/// unit decided at the start of the save that it may (a server stops a multi-statement batch at its first error, so the
/// COMMIT runs only when every row went in). Keeps no state of a unit: that hangs on the context.
/// </summary>
internal sealed class TwoTripTransactionInterceptor : CommandTextInterceptor, ISaveChangesInterceptor
{
    public static readonly TwoTripTransactionInterceptor Instance = new();

    private TwoTripTransactionInterceptor()
    {
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

    protected override void Rewrite(DbCommand command, CommandEventData eventData)
    {
        if (TwoTripTransaction.Of(eventData.Context) is not { } state)
        {
            return;
        }
        var text = command.CommandText;
        if (text.StartsWith(ForUpdatePrefix, StringComparison.Ordinal))
        {
            // Locking reads come from a few query shapes: their rewritten texts are kept rather than built per call.
            text = state.Begun ? LockingText(text) : LockingTextBegun(text);
            state.Begun = true;
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

    private const string ForUpdatePrefix = "-- " + TwoTripTransaction.ForUpdateTag;

    // Query texts are few (EF caches one per query shape); the bound only guards against a caller building them on the fly.
    private const int KeptTexts = 512;
    private static readonly ConcurrentDictionary<string, string> Locking = new();
    private static readonly ConcurrentDictionary<string, string> LockingBegun = new();

    private static string LockingText(string text) => Kept(Locking, text, t => $"{t.TrimEnd().TrimEnd(';')}\nFOR UPDATE");

    private static string LockingTextBegun(string text) => Kept(LockingBegun, text, t => $"START TRANSACTION;\n{LockingText(t)}");

    private static string Kept(ConcurrentDictionary<string, string> texts, string text, Func<string, string> make)
    {
        if (texts.TryGetValue(text, out var made))
        {
            return made;
        }
        made = make(text);
        if (texts.Count < KeptTexts)
        {
            texts.TryAdd(text, made);
        }
        return made;
    }
}
