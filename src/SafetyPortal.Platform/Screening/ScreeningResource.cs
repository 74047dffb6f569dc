namespace SafetyPortal.Platform.Screening;

/// <summary>Marker for the screening contract's texts (Resources/Screening/ScreeningResource.resx, Chinese; .en.resx, English).</summary>
public sealed class ScreeningResource;
