using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.DependencyInjection;

namespace SafetyPortal.Platform.Tests.Files;

/// <summary>The file store's behaviour on a real S3-compatible server (s3rver); each test keeps its objects under a prefix of its own.</summary>
public sealed class S3FileStoreTests(S3rverFixture s3rver) : FileStoreTests, IClassFixture<S3rverFixture>
{
    private readonly string prefix = $"tests-{Guid.NewGuid():N}/";

    protected override IDictionary<string, string?> Settings => s3rver.Server.FileStoreSettings(prefix);

    protected override async Task<IReadOnlyList<string>> StoredEntriesAsync()
    {
        var listing = await Services.GetRequiredService<IAmazonS3>().ListObjectsV2Async(
            new ListObjectsV2Request { BucketName = s3rver.Server.Bucket, Prefix = prefix });
        return listing.S3Objects?.Select(o => o.Key).ToList() ?? [];
    }
}
