namespace SafetyPortal.AuditLogging.Application;

/// <summary>Values as stored: personal data masked, secrets as "******".</summary>
public sealed record EntityPropertyChangeDto(string PropertyName, string? OriginalValue, string? NewValue);
