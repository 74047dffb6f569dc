namespace SafetyPortal.Platform.Files;

/// <summary>What a file's first bytes say it is, whatever its name or declared type claim.</summary>
public enum FileKind
{
    Unknown,
    Jpeg,
    Png,
    Gif,
    Webp,
    Pdf,
    Mp4,
    Webm,
    /// <summary>A zip container: .docx, .xlsx, .pptx (and plain zip).</summary>
    OfficeOpenXml,
}
