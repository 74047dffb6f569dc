using System.Globalization;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Ui;
using SkiaSharp;

namespace SafetyPortal.Exams.Certificates;

/// <summary>
/// The certificate as a one-page A4 landscape PDF (SkiaSharp's PDF backend, CJK faces embedded as subsets): heading,
/// title, holder, body lines, serial, date, town and the QR code of the verification URL drawn as vector squares.
/// A revoked certificate says so in red across the page.
/// </summary>
public sealed class CertificatePdf(CertificateFonts fonts, IStringLocalizer<ExamsResource> text)
{
    private const float Width = 842f;
    private const float Height = 595f;
    private const float Margin = 36f;
    private static readonly SKColor Accent = new(0x9b, 0x1c, 0x1c);

    public byte[] Render(CertificateDto certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var body = fonts.Body;
        var title = fonts.Title;
        using var culture = CertificateCulture.Use();
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = certificate.Title, Subject = certificate.Serial }))
        {
            var canvas = document.BeginPage(Width, Height);
            using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            using var accent = new SKPaint { Color = Accent, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 3 };
            canvas.DrawRect(Margin, Margin, Width - 2 * Margin, Height - 2 * Margin, accent);
            accent.StrokeWidth = 1;
            canvas.DrawRect(Margin + 8, Margin + 8, Width - 2 * Margin - 16, Height - 2 * Margin - 16, accent);

            ink.Color = Accent;
            Centered(canvas, text["Certificate.Heading"], 120, title, 44, ink);
            ink.Color = SKColors.Black;
            Centered(canvas, certificate.Title, 168, body, 20, ink);
            Centered(canvas, certificate.HolderName, 238, title, 32, ink);
            var y = 290f;
            using var lineFont = new SKFont(body, 16);
            foreach (var line in certificate.Lines.SelectMany(l => Wrap(l, lineFont, Width - 2 * Margin - 160)))
            {
                canvas.DrawText(line, Width / 2, y, SKTextAlign.Center, lineFont, ink);
                y += 28;
            }

            using var small = new SKFont(body, 12);
            var issued = TimeZoneInfo.ConvertTimeFromUtc(certificate.IssuedAt, LocalTimeTagHelper.ChinaTime);
            string[] footer =
            [
                text["Certificate.SerialLine", certificate.Serial],
                text["Certificate.IssuedLine", issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                text["Certificate.TownLine", certificate.TownName ?? text["Certificate.Bureau"]],
            ];
            for (var i = 0; i < footer.Length; i++)
            {
                canvas.DrawText(footer[i], Margin + 40, Height - Margin - 80 + i * 20, SKTextAlign.Left, small, ink);
            }
            DrawQrCode(canvas, certificate.VerifyUrl, Width - Margin - 40 - 110, Height - Margin - 40 - 120, 110);
            canvas.DrawText(text["Certificate.ScanToVerify"], Width - Margin - 40 - 55, Height - Margin - 34, SKTextAlign.Center, small, ink);

            if (certificate.Status == CertificateStatus.Revoked)
            {
                ink.Color = SKColors.Red.WithAlpha(160);
                Centered(canvas, text["Certificate.RevokedStamp", certificate.RevokeReason ?? ""], 380, title, 22, ink);
            }
            document.EndPage();
            document.Close();
        }
        return output.ToArray();
    }

    private static void Centered(SKCanvas canvas, string line, float y, SKTypeface face, float size, SKPaint paint)
    {
        using var font = new SKFont(face, size);
        canvas.DrawText(line, Width / 2, y, SKTextAlign.Center, font, paint);
    }

    /// <summary>Breaks a line where it would pass the width (character by character: Chinese has no spaces).</summary>
    public static IEnumerable<string> Wrap(string line, SKFont font, float width)
    {
        ArgumentNullException.ThrowIfNull(font);
        var start = 0;
        for (var end = 1; end <= line.Length; end++)
        {
            if (end - start > 1 && font.MeasureText(line.AsSpan(start, end - start)) > width)
            {
                yield return line[start..(end - 1)];
                start = end - 1;
            }
        }
        if (start < line.Length)
        {
            yield return line[start..];
        }
    }

    private static void DrawQrCode(SKCanvas canvas, string url, float left, float top, float size)
    {
        var modules = CertificateQrCode.Modules(url);
        var cell = size / modules.Length;
        using var paint = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill };
        for (var row = 0; row < modules.Length; row++)
        {
            for (var column = 0; column < modules[row].Length; column++)
            {
                if (modules[row][column])
                {
                    // A hair larger than the cell, so neighbouring squares leave no seams in viewers.
                    canvas.DrawRect(left + column * cell, top + row * cell, cell + 0.2f, cell + 0.2f, paint);
                }
            }
        }
    }
}
