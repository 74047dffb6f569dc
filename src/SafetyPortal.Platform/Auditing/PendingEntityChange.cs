using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace SafetyPortal.Platform.Auditing;

/// <summary>
/// An entity about to be saved. Updated and deleted values are read before the save (afterwards EF forgets the
/// originals); created ones after it, when every generated value is known.
/// </summary>
internal sealed class PendingEntityChange
{
    private readonly EntityEntry _entry;
    private readonly EntityChangeType _type;
    private readonly string? _entityId;
    private readonly List<EntityPropertyChange> _properties = [];

    private PendingEntityChange(EntityEntry entry, EntityChangeType type)
    {
        _entry = entry;
        _type = type;
        if (type == EntityChangeType.Created)
        {
            return;
        }
        _entityId = EntityIdOf(entry);
        foreach (var property in entry.Properties)
        {
            var rule = AuditRules.For(property.Metadata);
            if (rule.Omitted)
            {
                continue;
            }
            if (type == EntityChangeType.Deleted)
            {
                Add(property.Metadata.Name, rule.Render(property.OriginalValue), null);
            }
            else if (property.IsModified && !Equals(AuditValueText.Format(property.OriginalValue), AuditValueText.Format(property.CurrentValue)))
            {
                Add(property.Metadata.Name, rule.Render(property.OriginalValue), rule.Render(property.CurrentValue));
            }
        }
    }

    /// <summary>
    /// Runs inside the portal context's save, right after its stamping pass detected the changes (nothing runs between
    /// the two), so the entries are read as they stand.
    /// </summary>
    public static List<PendingEntityChange> Capture(ChangeTracker tracker)
    {
        var pending = new List<PendingEntityChange>();
        foreach (var entry in Data.TrackedEntries.AsDetected(tracker))
        {
            EntityChangeType? type = entry.State switch
            {
                EntityState.Added => EntityChangeType.Created,
                EntityState.Modified => EntityChangeType.Updated,
                EntityState.Deleted => EntityChangeType.Deleted,
                _ => null,
            };
            if (type is { } changeType && AuditRules.IsAudited(entry.Metadata) && entry.Metadata.FindPrimaryKey() is not null)
            {
                pending.Add(new PendingEntityChange(entry, changeType));
            }
        }
        return pending;
    }

    /// <summary>The change as saved; call once the save succeeded.</summary>
    public EntityChange Complete(DateTime changeTime)
    {
        if (_type == EntityChangeType.Created)
        {
            foreach (var property in _entry.Properties)
            {
                var rule = AuditRules.For(property.Metadata);
                if (!rule.Omitted && property.CurrentValue is not null)
                {
                    Add(property.Metadata.Name, null, rule.Render(property.CurrentValue));
                }
            }
        }
        var entityType = _entry.Metadata;
        return new EntityChange
        {
            ChangeTime = changeTime,
            ChangeType = _type,
            EntityId = _entityId ?? EntityIdOf(_entry),
            EntityTypeFullName = AuditValueText.Shorten(
                entityType.HasSharedClrType ? entityType.Name : TypeName(entityType.ClrType), EntityChange.MaxEntityTypeFullNameLength)!,
            PropertyChanges = _properties,
        };
    }

    private void Add(string name, string? original, string? current)
    {
        if (original is null && current is null)
        {
            return;
        }
        _properties.Add(new EntityPropertyChange
        {
            PropertyName = AuditValueText.Shorten(name, EntityPropertyChange.MaxPropertyNameLength)!,
            OriginalValue = original,
            NewValue = current,
        });
    }

    private static string EntityIdOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()!;
        var values = key.Properties.Select(p => AuditValueText.Format(entry.Property(p.Name).CurrentValue) ?? "");
        return AuditValueText.Shorten(string.Join(",", values), EntityChange.MaxEntityIdLength)!;
    }

    /// <summary>"Microsoft.AspNetCore.Identity.IdentityUserRole&lt;Guid&gt;" rather than the assembly-qualified generic name.</summary>
    private static string TypeName(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.FullName ?? type.Name;
        }
        var definition = type.GetGenericTypeDefinition().FullName ?? type.Name;
        var name = definition[..definition.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(a => a.IsGenericType ? TypeName(a) : a.Name))}>";
    }
}
