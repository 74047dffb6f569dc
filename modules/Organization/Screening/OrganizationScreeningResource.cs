namespace SafetyPortal.Organization.Screening;

/// <summary>Marker for the screening conditions' texts (Resources/Screening/OrganizationScreeningResource.resx; .en.resx).</summary>
public sealed class OrganizationScreeningResource;
