namespace SafetyPortal.Platform.Files;

/// <summary>Where <see cref="IFileStore"/> keeps the files (Files:Provider).</summary>
public enum FileStoreProvider
{
    /// <summary>A folder on disk (<see cref="FileSystemFileStore"/>).</summary>
    FileSystem,

    /// <summary>A bucket of an S3-compatible store: MinIO, Aliyun OSS, Tencent COS, AWS (<see cref="S3.S3FileStore"/>).</summary>
    S3,
}
