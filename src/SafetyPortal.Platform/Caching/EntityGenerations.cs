using System.Collections.Concurrent;

namespace SafetyPortal.Platform.Caching;

/// <summary>
/// A number per entity type that goes up whenever rows of that type were committed by this node (see
/// <see cref="EntityGenerationsInterceptor"/>). A cache entry read at one generation is stale at the next, so what this
/// node changes counts at once; other nodes see it when their entries expire.
/// </summary>
public sealed class EntityGenerations
{
    private readonly ConcurrentDictionary<Type, long> _generations = new();

    public long Of(Type entityType) => _generations.GetValueOrDefault(entityType);

    public void Bump(IEnumerable<Type> entityTypes)
    {
        ArgumentNullException.ThrowIfNull(entityTypes);
        foreach (var type in entityTypes)
        {
            _generations.AddOrUpdate(type, 1, (_, n) => n + 1);
        }
    }
}
