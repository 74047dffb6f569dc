using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace SafetyPortal.Platform.Files.S3;

/// <summary>
/// Ready when the file store's bucket answers a one-object listing with the portal's credentials; part of
/// /health/ready when Files:Provider is S3, so a node that cannot keep or serve files takes no traffic.
/// </summary>
internal sealed class S3BucketHealthCheck(IAmazonS3 s3, IOptions<FileStoreOptions> options) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var settings = options.Value.S3;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = settings.Bucket, Prefix = settings.NormalizedKeyPrefix, MaxKeys = 1 },
                timeout.Token);
            return HealthCheckResult.Healthy($"Bucket '{settings.Bucket}' answers.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(
                $"The file store's bucket '{settings.Bucket}' at {settings.ServiceUrl} cannot be reached or read: {ex.Message}", ex);
        }
    }
}
