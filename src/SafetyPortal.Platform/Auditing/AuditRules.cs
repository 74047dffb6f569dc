using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata;
using SafetyPortal.Platform.Privacy;

namespace SafetyPortal.Platform.Auditing;

/// <summary>
/// What the audit log records of an entity and its properties. Left out: the audit tables themselves,
/// data-protection keys, classes and properties marked [DisableAuditing], keys (they are the EntityId), and the
/// concurrency and security stamps (noise that changes on every save). Recorded as "******": password hashes,
/// Identity tokens and anything named like a password, secret or connection string. Masked: properties marked
/// [MaskedPersonalData] and Identity's PhoneNumber.
/// </summary>
internal static class AuditRules
{
    private static readonly Type[] UnauditedTypes =
        [typeof(AuditLog), typeof(EntityChange), typeof(EntityPropertyChange), typeof(DataProtectionKey)];

    private static readonly string[] OmittedNames = ["ConcurrencyStamp", "SecurityStamp"];

    private static readonly string[] SecretNameParts = ["Password", "Secret", "ConnectionString"];

    private static readonly ConcurrentDictionary<IReadOnlyProperty, AuditedProperty> Properties = new();

    private static readonly ConcurrentDictionary<Type, bool> Types = new();

    /// <summary>Decided once per class (every save asks for every changed entity).</summary>
    public static bool IsAudited(IReadOnlyEntityType entityType) => Types.GetOrAdd(entityType.ClrType, type =>
        !UnauditedTypes.Any(t => t.IsAssignableFrom(type)) && type.GetCustomAttribute<DisableAuditingAttribute>(inherit: true) is null);

    public static AuditedProperty For(IReadOnlyProperty property) => Properties.GetOrAdd(property, Decide);

    private static AuditedProperty Decide(IReadOnlyProperty property)
    {
        var name = property.Name;
        var entity = property.DeclaringType.ClrType;
        if (property.IsPrimaryKey()
            || OmittedNames.Contains(name, StringComparer.Ordinal)
            || property.PropertyInfo?.GetCustomAttribute<DisableAuditingAttribute>(inherit: true) is not null)
        {
            return AuditedProperty.Omit;
        }
        if (SecretNameParts.Any(part => name.Contains(part, StringComparison.OrdinalIgnoreCase))
            || (name == "Value" && IsGenericSubclass(entity, typeof(IdentityUserToken<>))))
        {
            return AuditedProperty.Hidden;
        }
        if (property.PropertyInfo?.GetCustomAttribute<MaskedPersonalDataAttribute>(inherit: true) is { } marked)
        {
            return new AuditedProperty(false, false, marked.Kind);
        }
        if (name == nameof(IdentityUser.PhoneNumber) && IsGenericSubclass(entity, typeof(IdentityUser<>)))
        {
            return new AuditedProperty(false, false, PersonalDataKind.Phone);
        }
        return AuditedProperty.Plain;
    }

    private static bool IsGenericSubclass(Type type, Type genericDefinition)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == genericDefinition)
            {
                return true;
            }
        }
        return false;
    }
}
