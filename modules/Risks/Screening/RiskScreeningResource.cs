namespace SafetyPortal.Risks.Screening;

/// <summary>Marker for the screening texts of this module (Resources/Screening/RiskScreeningResource.resx; .en.resx).</summary>
public sealed class RiskScreeningResource;
