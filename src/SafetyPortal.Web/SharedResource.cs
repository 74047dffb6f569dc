namespace SafetyPortal.Web;

/// <summary>Marker for the shell's texts (Resources/SharedResource.resx, Chinese; .en.resx, English).</summary>
public sealed class SharedResource;
