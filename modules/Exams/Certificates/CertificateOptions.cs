namespace SafetyPortal.Exams.Certificates;

/// <summary>Configuration section "Certificates": where verification links point and which fonts the PDF embeds.</summary>
public sealed class CertificateOptions
{
    public const string Section = "Certificates";

    /// <summary>e.g. "https://safety.example.gov.cn"; empty: the scheme and host of the request that shows the certificate.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The body font (an OpenType collection: its Simplified Chinese face is used).</summary>
    public string FontPath { get; set; } = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    /// <summary>The heading and holder-name font.</summary>
    public string TitleFontPath { get; set; } = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc";
}
