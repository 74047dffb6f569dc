using SkiaSharp;

namespace SafetyPortal.Browser.Tests.Inspections;

/// <summary>Photos as a phone's camera input hands them over (JPEG, no EXIF): a different colour is a different picture.</summary>
internal static class TestPhotos
{
    public static byte[] Jpeg(SKColor colour)
    {
        using var bitmap = new SKBitmap(800, 600);
        bitmap.Erase(colour);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }
}
