namespace SafetyPortal.Platform.Auditing;

/// <summary>
/// On an entity class: its changes are not recorded. On a property: the property is left out of the recorded changes
/// (use it for bulky or derived values; a secret is better recorded as changed, which the rules do for its name).
/// As endpoint metadata (<c>.WithMetadata(new DisableAuditingAttribute())</c>): a frequent, successful request leaves no
/// entry (study heartbeats, exam answers) and its request log line is written at Debug, not Information; one that is
/// refused or fails is still recorded and logged.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property | AttributeTargets.Method, Inherited = true)]
public sealed class DisableAuditingAttribute : Attribute;
