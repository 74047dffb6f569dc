namespace SafetyPortal.Platform.Auditing;

/// <summary>
/// On an entity class: its changes are not recorded. On a property: the property is left out of the recorded changes
/// (use it for bulky or derived values; a secret is better recorded as changed, which the rules do for its name).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, Inherited = true)]
public sealed class DisableAuditingAttribute : Attribute;
