using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Platform.Settings;

/// <summary>
/// Stored setting values, level by level. Each level's values are cached on the node for CacheDuration;
/// a write clears this node's entry at once, other nodes see it when theirs expires. Values are checked by their type,
/// then by the settings' own validators (<see cref="ISettingValueValidator"/>).
/// </summary>
public sealed class SettingStore(
    PortalDbContext db,
    IMemoryCache cache,
    SettingDefinitionManager definitions,
    IConfiguration configuration,
    IEnumerable<ISettingValueValidator> validators,
    IStringLocalizer<PlatformResource> text)
{
    public static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(30);

    private static readonly SettingLevels[] Stored = [SettingLevels.Global, SettingLevels.Town, SettingLevels.Enterprise, SettingLevels.User];

    public async Task<IReadOnlyList<ResolvedSetting>> ResolveAllAsync(SettingScope scope, CancellationToken cancellationToken = default)
    {
        var levels = new Dictionary<SettingLevels, IReadOnlyDictionary<string, string>>();
        foreach (var level in Stored)
        {
            levels[level] = level == SettingLevels.Global || scope.KeyOf(level) is not null
                ? await GetLevelAsync(level, scope.KeyOf(level), cancellationToken)
                : new Dictionary<string, string>();
        }
        return definitions.All.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => Resolve(d, levels)).ToList();
    }

    public async Task<ResolvedSetting> ResolveAsync(string name, SettingScope scope, CancellationToken cancellationToken = default) =>
        (await ResolveAllAsync(scope, cancellationToken)).First(s => s.Definition.Name == definitions.Get(name).Name);

    /// <summary>Sets values at one level; a null or blank value removes it, so the level inherits again.</summary>
    public async Task SetAsync(SettingLevels level, Guid? key, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        foreach (var (name, value) in values)
        {
            Check(name, value, level, errors);
        }
        errors.ThrowIfAny();
        var names = values.Keys.ToList();
        var existing = await db.Set<SettingValue>().Where(s => s.Level == level && s.Key == key && names.Contains(s.Name))
            .ToDictionaryAsync(s => s.Name, cancellationToken);
        foreach (var (name, value) in values)
        {
            var stored = existing.GetValueOrDefault(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                if (stored is not null)
                {
                    db.Remove(stored);
                }
            }
            else if (stored is null)
            {
                db.Add(new SettingValue { Name = name, Value = value.Trim(), Level = level, Key = key });
            }
            else
            {
                stored.Value = value.Trim();
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        cache.Remove(CacheKey(level, key));
    }

    private async Task<IReadOnlyDictionary<string, string>> GetLevelAsync(SettingLevels level, Guid? key, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(CacheKey(level, key), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheDuration;
            return (IReadOnlyDictionary<string, string>)await db.Set<SettingValue>().AsNoTracking()
                .Where(s => s.Level == level && s.Key == key)
                .ToDictionaryAsync(s => s.Name, s => s.Value, cancellationToken);
        }))!;

    private ResolvedSetting Resolve(SettingDefinition definition, Dictionary<SettingLevels, IReadOnlyDictionary<string, string>> levels)
    {
        var configured = configuration[$"Settings:{definition.Name}"];
        var stored = Stored.Where(l => definition.Levels.HasFlag(l) && levels[l].ContainsKey(definition.Name))
            .ToDictionary(l => l, l => levels[l][definition.Name]);
        var (value, source) = (definition.DefaultValue, SettingSource.Default);
        if (configured is not null)
        {
            (value, source) = (configured, SettingSource.Configuration);
        }
        foreach (var level in Stored.Where(stored.ContainsKey))
        {
            (value, source) = (stored[level], Enum.Parse<SettingSource>(level.ToString()));
        }
        return new ResolvedSetting(definition, value, source, configured, stored);
    }

    private void Check(string name, string? value, SettingLevels level, ValidationErrors errors)
    {
        var definition = definitions.All.FirstOrDefault(d => d.Name == name);
        if (definition is null)
        {
            errors.Add(name, text["SettingUnknown", name]);
            return;
        }
        if (!definition.Levels.HasFlag(level))
        {
            errors.Add(name, text["SettingLevelNotAllowed", name]);
            return;
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }
        var trimmed = value.Trim();
        var valid = definition.Type switch
        {
            SettingValueType.WholeNumber => int.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            SettingValueType.Number => decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out _),
            SettingValueType.Boolean => bool.TryParse(trimmed, out _),
            _ => true,
        };
        if (!valid)
        {
            errors.Add(name, text[$"SettingNot{definition.Type}", trimmed]);
        }
        else if (trimmed.Length > SettingDefinition.MaxValueLength)
        {
            errors.Add(name, text["SettingTooLong", SettingDefinition.MaxValueLength]);
        }
        else
        {
            foreach (var refusal in validators.Where(v => v.SettingName == name).Select(v => v.Validate(trimmed)).OfType<string>())
            {
                errors.Add(name, refusal);
            }
        }
    }

    private static string CacheKey(SettingLevels level, Guid? key) => $"settings:{level}:{key}";
}
