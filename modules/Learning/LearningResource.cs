namespace SafetyPortal.Learning;

/// <summary>Marker for the module's texts (Resources/LearningResource.resx, Chinese; .en.resx, English).</summary>
public sealed class LearningResource;
