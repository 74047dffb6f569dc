namespace SafetyPortal.Exams;

/// <summary>Marker for the module's texts (Resources/ExamsResource.resx, Chinese; .en.resx, English).</summary>
public sealed class ExamsResource;
