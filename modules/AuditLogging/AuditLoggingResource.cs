namespace SafetyPortal.AuditLogging;

/// <summary>Marker for the module's texts (Resources/AuditLoggingResource.resx, Chinese; .en.resx, English).</summary>
public sealed class AuditLoggingResource;
