namespace SafetyPortal.Platform.Files;

/// <summary>Configuration section "Files:S3": the bucket of an S3-compatible store that keeps the files.</summary>
public sealed class S3FileStoreOptions
{
    /// <summary>The store's address, e.g. http://minio:9000, https://oss-cn-hangzhou.aliyuncs.com or https://cos.ap-shanghai.myqcloud.com.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The region requests are signed for; MinIO and most private stores accept us-east-1.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>The bucket; it must exist, the portal does not create it.</summary>
    public string? Bucket { get; set; }

    /// <summary>Access key; with <see cref="SecretKey"/>. Both empty: the AWS SDK's own credentials (AWS_ACCESS_KEY_ID and friends).</summary>
    public string? AccessKey { get; set; }

    /// <summary>Secret key; with <see cref="AccessKey"/>.</summary>
    public string? SecretKey { get; set; }

    /// <summary>Addresses buckets as {ServiceUrl}/{bucket} rather than {bucket}.{host}; MinIO needs it, OSS and COS want false.</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>A folder in the bucket for the portal's objects, e.g. "safetyportal/" when the bucket is shared; empty for the bucket's root.</summary>
    public string? KeyPrefix { get; set; }

    /// <summary><see cref="KeyPrefix"/> without leading slashes and ending in one; empty when none.</summary>
    public string NormalizedKeyPrefix => string.IsNullOrWhiteSpace(KeyPrefix) ? "" : KeyPrefix.Trim().Trim('/') + "/";
}
