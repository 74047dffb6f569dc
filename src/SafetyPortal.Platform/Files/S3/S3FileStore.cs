using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;

namespace SafetyPortal.Platform.Files.S3;

/// <summary>
/// Files in a bucket of an S3-compatible store (MinIO, Aliyun OSS, Tencent COS, AWS): objects
/// {KeyPrefix}{container}/{first two hex digits}/{id}.bin with a {id}.json beside it holding the <see cref="StoredFile"/>.
/// An upload is first spooled to a temporary local file (so nothing is stored when it is refused); the JSON is written
/// after the content and removed before it, so a reader never finds a file whose bytes are not all there.
/// </summary>
public sealed class S3FileStore(IAmazonS3 s3, IOptions<FileStoreOptions> options, FileIntake intake) : IFileStore
{
    private const int BufferSize = 81_920;

    private string Bucket => options.Value.S3.Bucket!;

    public async Task<StoredFile> SaveAsync(string container, string fileName, string contentType, Stream content, long maxBytes,
        string? createdBy, CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid();
        var key = KeyOf(container, id);
        await using var spool = new FileStream(Path.Combine(Path.GetTempPath(), $"safetyportal-upload-{id:N}.tmp"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        var file = await intake.CopyAsync(id, container, fileName, contentType, content, spool, maxBytes, createdBy, cancellationToken);
        spool.Position = 0;
        await s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = Bucket,
            Key = key + ".bin",
            InputStream = spool,
            AutoCloseStream = false,
            ContentType = file.ContentType,
            UseChunkEncoding = false,
        }, cancellationToken);
        try
        {
            await s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = Bucket,
                Key = key + ".json",
                ContentBody = StoredFileJson.Serialize(file),
                ContentType = "application/json",
                UseChunkEncoding = false,
            }, cancellationToken);
        }
        catch
        {
            await DeleteObjectAsync(key + ".bin", CancellationToken.None);
            throw;
        }
        return file;
    }

    public async Task<StoredFile?> FindAsync(string container, Guid id, bool anyTown = false, CancellationToken cancellationToken = default)
    {
        var key = KeyOf(container, id) + ".json";
        try
        {
            using var response = await s3.GetObjectAsync(new GetObjectRequest { BucketName = Bucket, Key = key }, cancellationToken);
            return intake.Visible(await StoredFileJson.DeserializeAsync(response.ResponseStream, cancellationToken), anyTown);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public Stream OpenRead(StoredFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new S3ObjectStream(s3, Bucket, KeyOf(file.Container, file.Id) + ".bin", file.Size);
    }

    public async Task DeleteAsync(StoredFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var key = KeyOf(file.Container, file.Id);
        await DeleteObjectAsync(key + ".json", cancellationToken);
        await DeleteObjectAsync(key + ".bin", cancellationToken);
    }

    private async Task DeleteObjectAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            await s3.DeleteObjectAsync(new DeleteObjectRequest { BucketName = Bucket, Key = key }, cancellationToken);
        }
        catch (AmazonS3Exception ex) when (ex.StatusCode == HttpStatusCode.NotFound)
        {
            // Already gone: deleting is done.
        }
    }

    private string KeyOf(string container, Guid id) => options.Value.S3.NormalizedKeyPrefix + FileContainer.PathOf(container, id);
}
