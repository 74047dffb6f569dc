using Amazon.Runtime;
using Amazon.S3;

namespace SafetyPortal.Platform.Files.S3;

/// <summary>The S3 client for an S3-compatible store as "Files:S3" describes it.</summary>
internal static class S3Clients
{
    public static AmazonS3Client Create(S3FileStoreOptions options)
    {
        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = options.Region,
            // SDK v4 adds CRC checksums and aws-chunked trailers to every request by default; MinIO versions, OSS, COS
            // and other S3-compatible stores refuse or mangle them. Only where the operation demands one.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        return string.IsNullOrEmpty(options.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }
}
