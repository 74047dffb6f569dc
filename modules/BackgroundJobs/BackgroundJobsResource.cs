namespace SafetyPortal.BackgroundJobs;

/// <summary>Marker for the module's texts (Resources/BackgroundJobsResource.resx, Chinese; .en.resx, English).</summary>
public sealed class BackgroundJobsResource;
