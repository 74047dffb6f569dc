namespace SafetyPortal.Platform.Files;

/// <summary>
/// What the file store keeps about one file besides its bytes. Modules keep <see cref="Id"/> in their own rows
/// (a lesson's video, a task's photo) and decide who may read it; the store only keeps towns apart.
/// </summary>
/// <param name="Id">The file's id; also its name on disk.</param>
/// <param name="Container">The area it belongs to, e.g. "learning/videos" or "workflows/tasks".</param>
/// <param name="TenantId">The town it was stored for; null for the bureau.</param>
/// <param name="Name">The file name the user gave (path parts removed).</param>
/// <param name="ContentType">The media type detected from the content where the store knows it, else the one given.</param>
/// <param name="Size">Bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content, so a module can spot the same photo uploaded twice.</param>
/// <param name="CreationTime">UTC.</param>
/// <param name="CreatedBy">The user name of the uploader, when known.</param>
public sealed record StoredFile(
    Guid Id,
    string Container,
    Guid? TenantId,
    string Name,
    string ContentType,
    long Size,
    string Sha256,
    DateTime CreationTime,
    string? CreatedBy);
