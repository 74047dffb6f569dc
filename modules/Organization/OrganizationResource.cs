namespace SafetyPortal.Organization;

/// <summary>Marker for the module's texts (Resources/OrganizationResource.resx, Chinese; .en.resx, English).</summary>
public sealed class OrganizationResource;
