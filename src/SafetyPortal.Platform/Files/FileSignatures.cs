namespace SafetyPortal.Platform.Files;

/// <summary>
/// Recognises files by their leading bytes, so a script renamed to photo.jpg is not served as an image. Modules check
/// <see cref="IsImage"/> and friends before accepting an upload.
/// </summary>
public static class FileSignatures
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs at most.</summary>
    public const int HeaderLength = 16;

    public static FileKind Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return FileKind.Jpeg;
        }
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return FileKind.Png;
        }
        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return FileKind.Gif;
        }
        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return FileKind.Webp;
        }
        if (header.StartsWith("%PDF-"u8))
        {
            return FileKind.Pdf;
        }
        if (header.Length >= 8 && header[4..8].SequenceEqual("ftyp"u8))
        {
            return FileKind.Mp4;
        }
        if (header.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return FileKind.Webm;
        }
        return header.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) ? FileKind.OfficeOpenXml : FileKind.Unknown;
    }

    public static bool IsImage(FileKind kind) => kind is FileKind.Jpeg or FileKind.Png or FileKind.Gif or FileKind.Webp;

    public static bool IsVideo(FileKind kind) => kind is FileKind.Mp4 or FileKind.Webm;

    /// <summary>The media type to serve a recognised file with; null for <see cref="FileKind.Unknown"/> and zip containers.</summary>
    public static string? ContentTypeOf(FileKind kind) => kind switch
    {
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        FileKind.Gif => "image/gif",
        FileKind.Webp => "image/webp",
        FileKind.Pdf => "application/pdf",
        FileKind.Mp4 => "video/mp4",
        FileKind.Webm => "video/webm",
        _ => null,
    };
}
