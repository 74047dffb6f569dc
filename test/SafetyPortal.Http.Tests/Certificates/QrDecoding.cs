using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace SafetyPortal.Http.Tests.Certificates;

/// <summary>Reads a QR code back from a PNG (SkiaSharp decodes the pixels, ZXing.Net the code).</summary>
public static class QrDecoding
{
    public static string? Decode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png).Copy(SKColorType.Rgba8888);
        var pixels = bitmap.Bytes;
        var source = new RGBLuminanceSource(pixels, bitmap.Width, bitmap.Height, RGBLuminanceSource.BitmapFormat.RGBA32);
        var result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
            new Dictionary<DecodeHintType, object> { [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE } });
        return result?.Text;
    }
}
