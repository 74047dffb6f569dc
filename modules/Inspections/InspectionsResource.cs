namespace SafetyPortal.Inspections;

/// <summary>Marker for the module's texts (Resources/InspectionsResource.resx, Chinese; .en.resx, English).</summary>
public sealed class InspectionsResource;
