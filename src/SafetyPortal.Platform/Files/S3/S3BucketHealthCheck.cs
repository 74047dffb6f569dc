using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace SafetyPortal.Platform.Files.S3;

/// <summary>
/// Ready when the file store's bucket answers a HEAD request with the portal's credentials; part of /health/ready
/// when Files:Provider is S3, so a node that cannot keep or serve files takes no traffic.
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
            await s3.HeadBucketAsync(new HeadBucketRequest { BucketName = settings.Bucket }, timeout.Token);
            return HealthCheckResult.Healthy($"Bucket '{settings.Bucket}' answers.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A HEAD answer has no body: the status says why (404 no such bucket, 403 wrong keys or no permission).
            var reason = ex is AmazonServiceException { StatusCode: not 0 } service ? $"HTTP {(int)service.StatusCode} {service.StatusCode}" : ex.Message;
            return HealthCheckResult.Unhealthy(
                $"The file store's bucket '{settings.Bucket}' at {settings.ServiceUrl} cannot be reached or read: {reason}.", ex);
        }
    }
}
