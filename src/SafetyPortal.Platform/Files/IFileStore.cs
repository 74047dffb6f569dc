namespace SafetyPortal.Platform.Files;

/// <summary>
/// Keeps uploaded files (photos, videos, documents) outside the database. Files belong to the current town (or the
/// bureau); reading another town's file answers null unless the caller crosses towns on purpose. Every node of a
/// cluster must see the same store (Files:Root on shared storage).
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Stores the content for the current town. Throws <see cref="Application.ValidationException"/> on the field
    /// "file" when it is empty or larger than <paramref name="maxBytes"/>; nothing is kept then.
    /// </summary>
    Task<StoredFile> SaveAsync(string container, string fileName, string contentType, Stream content, long maxBytes,
        string? createdBy, CancellationToken cancellationToken = default);

    /// <summary>The file of this container stored for the current town; null when missing or another town's, unless <paramref name="anyTown"/>.</summary>
    Task<StoredFile?> FindAsync(string container, Guid id, bool anyTown = false, CancellationToken cancellationToken = default);

    /// <summary>A seekable read stream (so answers can serve byte ranges); the caller disposes it.</summary>
    Stream OpenRead(StoredFile file);

    /// <summary>Removes the file; nothing happens when it is already gone.</summary>
    Task DeleteAsync(StoredFile file, CancellationToken cancellationToken = default);
}
