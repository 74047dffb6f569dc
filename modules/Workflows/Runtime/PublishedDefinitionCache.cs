using System.Collections.Concurrent;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Runtime;

/// <summary>
/// The newest published version of a process key per town, as <see cref="Application.VisibleDefinitions"/> found it,
/// kept for <see cref="Lifetime"/> so a burst of starts asks the database once (every start asked before: one query of
/// seven statements). A publish on this node clears it once committed; a publish on another node is seen here within
/// the lifetime. Only found versions are kept, so a process published elsewhere is never reported missing.
/// </summary>
public sealed class PublishedDefinitionCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<(Guid? TenantId, string Key), Entry> _latest = new();

    public WorkflowDefinition? Latest(Guid? tenantId, string key) =>
        _latest.TryGetValue((tenantId, key), out var entry) && entry.Expires > Environment.TickCount64 ? Copy(entry.Definition) : null;

    public void Remember(Guid? tenantId, string key, WorkflowDefinition definition) =>
        _latest[(tenantId, key)] = new Entry(Copy(definition), Environment.TickCount64 + (long)Lifetime.TotalMilliseconds);

    /// <summary>A new version was published: every town's entry may be stale (a bureau version serves every town).</summary>
    public void Clear() => _latest.Clear();

    /// <summary>Callers get their own object: the cached one is shared between requests.</summary>
    private static WorkflowDefinition Copy(WorkflowDefinition d) => new()
    {
        Id = d.Id, TenantId = d.TenantId, Key = d.Key, Name = d.Name, Version = d.Version, Status = d.Status,
    };

    /// <summary>Expires: Environment.TickCount64 (wall time, whatever clock the engine is given).</summary>
    private sealed record Entry(WorkflowDefinition Definition, long Expires);
}
