namespace SafetyPortal.Learning;

/// <summary>Setting names of the module (defined in <see cref="LearningModule.DefineSettings"/>).</summary>
public static class LearningSettings
{
    /// <summary>Largest cover image in megabytes.</summary>
    public const string MaxCoverMegabytes = "Learning.MaxCoverMegabytes";

    /// <summary>Largest lesson video in megabytes.</summary>
    public const string MaxVideoMegabytes = "Learning.MaxVideoMegabytes";

    /// <summary>Largest lesson document (PDF) in megabytes.</summary>
    public const string MaxDocumentMegabytes = "Learning.MaxDocumentMegabytes";
}
