namespace SafetyPortal.Platform.Auditing;

/// <summary>
/// On an entity class: its changes are not recorded. On a property: the property is left out of the recorded changes
/// (use it for bulky or derived values; a secret is better recorded as changed, which the rules do for its name).
/// As endpoint metadata (<c>.WithMetadata(new DisableAuditingAttribute())</c>): a frequent, successful request leaves no
/// entry (study heartbeats); one that is refused or fails is still recorded.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property | AttributeTargets.Method, Inherited = true)]
public sealed class DisableAuditingAttribute : Attribute;
