namespace SafetyPortal.Platform.Files;

/// <summary>Configuration section "Files".</summary>
public sealed class FileStoreOptions
{
    public const string Section = "Files";

    /// <summary>Folder for stored files; relative paths are under the content root. Shared storage in a cluster.</summary>
    public string Root { get; set; } = "App_Data/files";
}
