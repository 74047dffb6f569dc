namespace SafetyPortal.Platform.Files;

/// <summary>Configuration section "Files": where uploaded files are kept.</summary>
public sealed class FileStoreOptions
{
    public const string Section = "Files";

    /// <summary>"FileSystem" (the default: a folder, <see cref="Root"/>) or "S3" (a bucket of an S3-compatible store, <see cref="S3"/>).</summary>
    public string Provider { get; set; } = nameof(FileStoreProvider.FileSystem);

    /// <summary>Folder for stored files; relative paths are under the content root. Shared storage in a cluster.</summary>
    public string Root { get; set; } = "App_Data/files";

    /// <summary>The bucket, when <see cref="Provider"/> is S3 (section "Files:S3").</summary>
    public S3FileStoreOptions S3 { get; set; } = new();

    /// <summary>The provider a configured name stands for (case ignored); false for a name no store answers to.</summary>
    public static bool TryParseProvider(string? name, out FileStoreProvider provider) =>
        Enum.TryParse(name, ignoreCase: true, out provider) && Enum.IsDefined(provider) && !int.TryParse(name, out _);
}
