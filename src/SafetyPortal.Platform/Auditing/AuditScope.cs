namespace SafetyPortal.Platform.Auditing;

/// <summary>
/// The audit of one request, opened by <see cref="AuditingMiddleware"/>. It is ambient (AsyncLocal), so every
/// DbContext the request uses records into it, including the contexts of service scopes the request creates.
/// Where no scope is open (start-up seeding, the seed command, background jobs) nothing is collected: those
/// writes are deliberately not audited, as no user asked for them.
/// </summary>
public sealed class AuditScope : IDisposable
{
    private static readonly AsyncLocal<AuditScope?> CurrentScope = new();

    private readonly AuditScope? _parent;
    private readonly Lock _lock = new();
    private readonly List<(EntityChange Change, Guid? TransactionId)> _changes = [];
    private bool _disposed;

    private AuditScope(AuditScope? parent) => _parent = parent;

    /// <summary>The scope of the current request; null outside a request.</summary>
    public static AuditScope? Current => CurrentScope.Value;

    /// <summary>Opens a scope that collects until disposed.</summary>
    public static AuditScope Begin()
    {
        var scope = new AuditScope(CurrentScope.Value);
        CurrentScope.Value = scope;
        return scope;
    }

    /// <summary>
    /// The changes saved so far. A change saved inside a database transaction counts once the transaction
    /// commits; a rolled-back (or never committed) one is left out, as it never happened.
    /// </summary>
    public IReadOnlyList<EntityChange> EntityChanges
    {
        get
        {
            lock (_lock)
            {
                return [.. _changes.Where(c => c.TransactionId is null).Select(c => c.Change)];
            }
        }
    }

    internal void Record(IReadOnlyList<EntityChange> changes, Guid? transactionId)
    {
        lock (_lock)
        {
            if (!_disposed)
            {
                _changes.AddRange(changes.Select(c => (c, transactionId)));
            }
        }
    }

    internal void Commit(Guid transactionId)
    {
        lock (_lock)
        {
            for (var i = 0; i < _changes.Count; i++)
            {
                if (_changes[i].TransactionId == transactionId)
                {
                    _changes[i] = (_changes[i].Change, null);
                }
            }
        }
    }

    internal void RollBack(Guid transactionId)
    {
        lock (_lock)
        {
            _changes.RemoveAll(c => c.TransactionId == transactionId);
        }
    }

    /// <summary>Stops collecting (work the request left running records nothing more) and restores the outer scope.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
        }
        if (CurrentScope.Value == this)
        {
            CurrentScope.Value = _parent;
        }
    }
}
