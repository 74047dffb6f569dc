namespace SafetyPortal.Platform.MultiTenancy;

/// <summary>The town the current request or job works in; null Id means the bureau (host).</summary>
public interface ICurrentTenant
{
    Guid? Id { get; }
    string? Name { get; }
    bool IsAvailable => Id.HasValue;

    /// <summary>Works as another town (or the host, with null) until the returned scope is disposed.</summary>
    IDisposable Change(Guid? id, string? name = null);
}
