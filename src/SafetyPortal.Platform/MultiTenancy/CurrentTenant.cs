namespace SafetyPortal.Platform.MultiTenancy;

/// <summary>AsyncLocal, so a Change() flows into awaited calls and ends with its scope.</summary>
public sealed class CurrentTenant : ICurrentTenant
{
    private static readonly AsyncLocal<TenantInfo?> Current = new();

    public Guid? Id => Current.Value?.Id;
    public string? Name => Current.Value?.Name;

    public IDisposable Change(Guid? id, string? name = null)
    {
        var parent = Current.Value;
        Current.Value = new TenantInfo(id, name);
        return new Scope(() => Current.Value = parent);
    }

    private sealed record TenantInfo(Guid? Id, string? Name);

    private sealed class Scope(Action onDispose) : IDisposable
    {
        private Action? _onDispose = onDispose;

        public void Dispose()
        {
            _onDispose?.Invoke();
            _onDispose = null;
        }
    }
}
