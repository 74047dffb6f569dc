using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SafetyPortal.Platform.Files;

/// <summary>
/// Files on disk: {Root}/{container}/{first two hex digits}/{id}.bin with a {id}.json beside it holding the
/// <see cref="StoredFile"/>. Content is written to a temporary name and renamed, so a reader never sees half a file.
/// </summary>
public sealed class FileSystemFileStore(IOptions<FileStoreOptions> options, IHostEnvironment environment, FileIntake intake) : IFileStore
{
    private const int BufferSize = 81_920;

    public async Task<StoredFile> SaveAsync(string container, string fileName, string contentType, Stream content, long maxBytes,
        string? createdBy, CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid();
        var contentPath = ContentPath(container, id);
        Directory.CreateDirectory(Path.GetDirectoryName(contentPath)!);
        var temporary = Path.ChangeExtension(contentPath, $"{Guid.NewGuid():N}.tmp");
        try
        {
            StoredFile file;
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous))
            {
                file = await intake.CopyAsync(id, container, fileName, contentType, content, target, maxBytes, createdBy, cancellationToken);
            }
            await File.WriteAllTextAsync(MetadataPath(container, id), StoredFileJson.Serialize(file), cancellationToken);
            File.Move(temporary, contentPath);
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
        await using var json = File.OpenRead(metadata);
        return intake.Visible(await StoredFileJson.DeserializeAsync(json, cancellationToken), anyTown);
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

    private string PathOf(string container, Guid id, string extension) =>
        Path.Combine(environment.ContentRootPath, options.Value.Root, FileContainer.PathOf(container, id) + extension);

    private string ContentPath(string container, Guid id) => PathOf(container, id, ".bin");

    private string MetadataPath(string container, Guid id) => PathOf(container, id, ".json");
}
