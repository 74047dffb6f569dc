using QRCoder;

namespace SafetyPortal.Exams.Certificates;

/// <summary>The QR code of a verification URL (error correction M, quiet zone included): SVG for the page, PNG for download, modules for the PDF.</summary>
public static class CertificateQrCode
{
    public static string Svg(string url)
    {
        using var data = Create(url);
        return new SvgQRCode(data).GetGraphic(new System.Drawing.Size(240, 240), "#000000", "#ffffff", drawQuietZones: true,
            sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    public static byte[] Png(string url, int pixelsPerModule = 8)
    {
        using var data = Create(url);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>Dark modules, row by row, quiet zone included.</summary>
    public static bool[][] Modules(string url)
    {
        using var data = Create(url);
        return [.. data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray())];
    }

    private static QRCodeData Create(string url)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
    }
}
