using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Files;

/// <summary>
/// Files on disk: {Root}/{container}/{first two hex digits}/{id}.bin with a {id}.json beside it holding the
/// <see cref="StoredFile"/>. Content is written to a temporary name and renamed, so a reader never sees half a file.
/// </summary>
public sealed class FileSystemFileStore(
    IOptions<FileStoreOptions> options,
    IHostEnvironment environment,
    ICurrentTenant tenant,
    TimeProvider clock,
    IStringLocalizer<PlatformResource> text) : IFileStore
{
    private const int BufferSize = 81_920;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<StoredFile> SaveAsync(string container, string fileName, string contentType, Stream content, long maxBytes,
        string? createdBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var id = Guid.NewGuid();
        var folder = FolderOf(container, id);
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $"{id:N}.{Guid.NewGuid():N}.tmp");
        try
        {
            var (size, sha256, kind) = await CopyAsync(content, temporary, name, maxBytes, cancellationToken);
            var file = new StoredFile(id, container, tenant.Id, name, FileSignatures.ContentTypeOf(kind) ?? contentType, size, sha256,
                clock.GetUtcNow().UtcDateTime, createdBy);
            await File.WriteAllTextAsync(MetadataPath(container, id), JsonSerializer.Serialize(file, Json), cancellationToken);
            File.Move(temporary, ContentPath(container, id));
            return file;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task<StoredFile?> FindAsync(string container, Guid id, bool anyTown = false, CancellationToken cancellationToken = default)
    {
        var metadata = MetadataPath(container, id);
        if (!File.Exists(metadata) || !File.Exists(ContentPath(container, id)))
        {
            return null;
        }
        var file = JsonSerializer.Deserialize<StoredFile>(await File.ReadAllTextAsync(metadata, cancellationToken), Json);
        return file is not null && (anyTown || file.TenantId == tenant.Id) ? file : null;
    }

    public Stream OpenRead(StoredFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new FileStream(ContentPath(file.Container, file.Id), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize,
            FileOptions.Asynchronous | FileOptions.SequentialScan);
    }

    public Task DeleteAsync(StoredFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        File.Delete(ContentPath(file.Container, file.Id));
        File.Delete(MetadataPath(file.Container, file.Id));
        return Task.CompletedTask;
    }

    private async Task<(long Size, string Sha256, FileKind Kind)> CopyAsync(Stream content, string path, string name, long maxBytes,
        CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var header = new byte[FileSignatures.HeaderLength];
        var headerLength = 0;
        long size = 0;
        var buffer = new byte[BufferSize];
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    throw ValidationException.For("file", text["FileTooLarge", name,
                        (maxBytes / 1024d / 1024d).ToString("0.#", CultureInfo.CurrentCulture)]);
                }
                var toHeader = Math.Min(read, header.Length - headerLength);
                buffer.AsSpan(0, toHeader).CopyTo(header.AsSpan(headerLength));
                headerLength += toHeader;
                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        if (size == 0)
        {
            throw ValidationException.For("file", text["FileEmpty", name]);
        }
        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()), FileSignatures.Detect(header.AsSpan(0, headerLength)));
    }

    private string FolderOf(string container, Guid id)
    {
        if (string.IsNullOrWhiteSpace(container) || !container.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '/' or '-')
            || container.StartsWith('/') || container.Contains("//", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Container '{container}' must be lower-case letters, digits, '-' and '/'.", nameof(container));
        }
        var root = Path.Combine(environment.ContentRootPath, options.Value.Root);
        return Path.Combine(root, container, id.ToString("N")[..2]);
    }

    private string ContentPath(string container, Guid id) => Path.Combine(FolderOf(container, id), $"{id:N}.bin");

    private string MetadataPath(string container, Guid id) => Path.Combine(FolderOf(container, id), $"{id:N}.json");
}
