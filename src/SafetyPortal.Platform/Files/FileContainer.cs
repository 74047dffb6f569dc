namespace SafetyPortal.Platform.Files;

/// <summary>
/// Where a stored file lives inside any store: {container}/{first two hex digits of the id}/{id}. A folder under the
/// root for <see cref="FileSystemFileStore"/>, an object key under the prefix for <see cref="S3.S3FileStore"/>.
/// </summary>
public static class FileContainer
{
    /// <summary>
    /// The file's place without extension, e.g. "learning/videos/3f/3f2a….". Throws <see cref="ArgumentException"/>
    /// for a container outside the naming rule (lower-case letters, digits, '-' and '/', not starting with '/'): a
    /// programming error, never a user's.
    /// </summary>
    public static string PathOf(string container, Guid id)
    {
        if (string.IsNullOrWhiteSpace(container) || !container.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '/' or '-')
            || container.StartsWith('/') || container.Contains("//", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Container '{container}' must be lower-case letters, digits, '-' and '/'.", nameof(container));
        }
        var name = id.ToString("N");
        return $"{container}/{name[..2]}/{name}";
    }
}
