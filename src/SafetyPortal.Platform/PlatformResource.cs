namespace SafetyPortal.Platform;

/// <summary>Marker for the platform's own texts (Resources/PlatformResource.resx, Chinese; .en.resx, English).</summary>
public sealed class PlatformResource;
