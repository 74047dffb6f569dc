using System.Collections.Concurrent;

namespace SafetyPortal.Platform.Caching;

/// <summary>
/// A small in-process cache of values read from the rows of one entity type: an entry serves while that type's
/// <see cref="EntityGenerations"/> number is unchanged (nothing committed on this node since) and for at most
/// <c>lifetime</c> (changes made on other nodes). For hot per-request reads (the town, the permission grants).
/// </summary>
public sealed class GenerationCache<TKey, TValue>(EntityGenerations generations, Type entityType, TimeSpan lifetime, int maxEntries = 10_000)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();

    public async Task<TValue> GetOrLoadAsync(TKey key, Func<Task<TValue>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        // Read before loading: a commit during the load leaves the entry at the older number, so it is not trusted.
        var generation = Generation;
        if (TryGet(key, generation, out var cached))
        {
            return cached;
        }
        var value = await load();
        Add(key, value, generation);
        return value;
    }

    /// <summary>The number to read before loading values for <see cref="Add"/> (a commit during the load makes them stale at once).</summary>
    public long Generation => generations.Of(entityType);

    /// <summary>For reads of many keys at once (load the missing ones in one query): the entry, if it still serves at <paramref name="generation"/>.</summary>
    public bool TryGet(TKey key, long generation, out TValue value)
    {
        if (_entries.TryGetValue(key, out var entry) && entry.Generation == generation && entry.ExpiresAt > Environment.TickCount64)
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>Keeps a value loaded after <see cref="Generation"/> was read.</summary>
    public void Add(TKey key, TValue value, long generation)
    {
        if (_entries.Count >= maxEntries)
        {
            _entries.Clear();
        }
        _entries[key] = new Entry(value, generation, Environment.TickCount64 + (long)lifetime.TotalMilliseconds);
    }

    private sealed record Entry(TValue Value, long Generation, long ExpiresAt);
}
