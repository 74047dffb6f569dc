using System.Net;
using System.Net.Http.Headers;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Files;
using SkiaSharp;
using static SafetyPortal.Http.Tests.Inspections.HazardClient;

namespace SafetyPortal.Http.Tests.Files;

/// <summary>The portal with Files:Provider S3, end to end: uploads land in the bucket and are served from it, by byte ranges too.</summary>
public sealed class FilesOnS3TestsOnSqlite(S3SqlitePortalFactory factory) : IClassFixture<S3SqlitePortalFactory>
{
    [Fact]
    public async Task A_hazard_photo_and_its_thumbnail_are_kept_in_the_bucket_and_served_from_it_by_byte_ranges()
    {
        Assert.IsType<Platform.Files.S3.S3FileStore>(factory.Services.CreateScope().ServiceProvider.GetRequiredService<IFileStore>());
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        var hazard = await principal.ReportedAsync(new { enterpriseId = await principal.EnterpriseOfAsync(), description = "消防通道堆物" });
        var original = Jpeg(SKColors.Purple);

        var photo = Assert.Single(await principal.UploadedAsync(hazard.Id, "Before", ("通道.jpg", original)));

        var objects = await ObjectsAsync("inspections/");
        Assert.Equal(4, objects.Count);
        Assert.Equal(2, objects.Count(key => key.EndsWith(".bin", StringComparison.Ordinal)));
        var thumbnail = await principal.Http.GetAsync(photo.ThumbnailUrl);
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType?.MediaType);
        using (var small = SKBitmap.Decode(await thumbnail.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal((320, 240), (small.Width, small.Height));
        }
        using var request = new HttpRequestMessage(HttpMethod.Get, photo.Url);
        request.Headers.Range = new RangeHeaderValue(100, 1_099);
        var part = await principal.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(original[100..1_100], await part.Content.ReadAsByteArrayAsync());
        Assert.Equal(original, await principal.Http.GetByteArrayAsync(photo.Url));
    }

    [Fact]
    public async Task The_node_is_ready_while_the_bucket_answers()
    {
        using var client = factory.CreateClient();

        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private async Task<List<string>> ObjectsAsync(string prefix)
    {
        var listing = await factory.Services.GetRequiredService<IAmazonS3>().ListObjectsV2Async(new ListObjectsV2Request { BucketName = factory.S3rver.Bucket, Prefix = prefix });
        return listing.S3Objects?.Select(o => o.Key).ToList() ?? [];
    }
}
