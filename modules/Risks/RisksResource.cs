namespace SafetyPortal.Risks;

/// <summary>Marker for the module's texts (Resources/RisksResource.resx, Chinese; .en.resx, English).</summary>
public sealed class RisksResource;
