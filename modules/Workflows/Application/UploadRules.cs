using SafetyPortal.Platform.Files;

namespace SafetyPortal.Workflows.Application;

/// <summary>
/// Which files a task form may upload: an allowed extension whose content is what the extension claims (photos are
/// images, a .pdf a PDF, .docx/.xlsx/.pptx an Office Open XML package, .doc/.xls/.ppt an OLE compound file).
/// </summary>
public static class UploadRules
{
    private static readonly byte[] OleHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["doc"] = "application/msword",
        ["xls"] = "application/vnd.ms-excel",
        ["ppt"] = "application/vnd.ms-powerpoint",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ["pdf"] = "application/pdf",
        ["txt"] = "text/plain",
    };

    public static string ExtensionOf(string fileName) => Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();

    public static IReadOnlySet<string> ParseAllowed(string? setting) =>
        (setting ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => e.TrimStart('.').ToLowerInvariant()).ToHashSet();

    /// <summary>True when the first bytes fit the extension; extensions the portal does not know are taken as they are.</summary>
    public static bool ContentFits(string extension, ReadOnlySpan<byte> header) => extension switch
    {
        "jpg" or "jpeg" or "png" or "gif" or "webp" => FileSignatures.IsImage(FileSignatures.Detect(header)),
        "pdf" => FileSignatures.Detect(header) == FileKind.Pdf,
        "docx" or "xlsx" or "pptx" => FileSignatures.Detect(header) == FileKind.OfficeOpenXml,
        "doc" or "xls" or "ppt" => header.StartsWith(OleHeader),
        _ => true,
    };

    /// <summary>The type to store and serve: from the extension (the store puts the sniffed type over it for images and PDF), never the browser's claim.</summary>
    public static string ContentTypeOf(string extension) => ContentTypes.GetValueOrDefault(extension, "application/octet-stream");

    public static bool IsImage(string contentType) => contentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
}
