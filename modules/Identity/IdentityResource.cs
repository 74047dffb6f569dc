namespace SafetyPortal.Identity;

/// <summary>Marker for the module's texts (Resources/IdentityResource.resx, Chinese; .en.resx, English).</summary>
public sealed class IdentityResource;
