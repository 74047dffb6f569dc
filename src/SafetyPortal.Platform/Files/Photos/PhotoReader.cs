using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SkiaSharp;

namespace SafetyPortal.Platform.Files.Photos;

/// <summary>
/// Checks an uploaded photo and reads its facts, and makes thumbnails, for inspections, hazards and work orders: the content
/// decides (its first bytes name an image kind and it decodes; a renamed document or a truncated upload does not), the
/// EXIF time and place are read where present (<see cref="ExifFacts"/>), and the picture is turned upright by its EXIF
/// orientation. Refusals are <see cref="ValidationException"/>s on the field "file" naming the file.
/// </summary>
public sealed class PhotoReader(IStringLocalizer<PlatformResource> text)
{
    /// <summary>The longer edge of a thumbnail, in pixels: sharp in a phone's list at 3x, small enough to page quickly.</summary>
    public const int ThumbnailEdge = 320;

    /// <summary>Reads the photo's facts; the stream must be seekable and is left at its start.</summary>
    public PhotoFacts Read(Stream content, string shownName)
    {
        ArgumentNullException.ThrowIfNull(content);
        var kind = KindOf(content);
        if (!FileSignatures.IsImage(kind))
        {
            throw ValidationException.For("file", text["PhotoNotImage", shownName]);
        }
        int width, height;
        using (var codec = Decoder(content, shownName))
        {
            var upright = Orientation.SwapsSides(codec.EncodedOrigin);
            (width, height) = upright ? (codec.Info.Height, codec.Info.Width) : (codec.Info.Width, codec.Info.Height);
        }
        content.Position = 0;
        var (takenAt, latitude, longitude) = ExifFacts.Read(content);
        content.Position = 0;
        return new PhotoFacts(kind, width, height, takenAt, latitude, longitude);
    }

    /// <summary>An upright JPEG whose longer edge is at most <paramref name="maxEdge"/> (a smaller photo keeps its size).</summary>
    public byte[] Thumbnail(Stream content, string shownName, int maxEdge = ThumbnailEdge)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEdge, 16);
        using var codec = Decoder(content, shownName);
        var origin = codec.EncodedOrigin;
        // JPEG decodes at 1/2, 1/4 or 1/8 size directly: far less memory and time than decoding a 12-megapixel photo whole.
        var scale = Math.Min(1f, 2f * maxEdge / Math.Max(codec.Info.Width, codec.Info.Height));
        var decodeSize = codec.GetScaledDimensions(scale);
        var info = new SKImageInfo(decodeSize.Width, decodeSize.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            throw ValidationException.For("file", text["PhotoUnreadable", shownName]);
        }
        using var upright = Orientation.Upright(decoded, origin);
        var factor = Math.Min(1.0, (double)maxEdge / Math.Max(upright.Width, upright.Height));
        var size = new SKImageInfo(Math.Max(1, (int)Math.Round(upright.Width * factor)), Math.Max(1, (int)Math.Round(upright.Height * factor)));
        using var resized = upright.Resize(size, new SKSamplingOptions(SKCubicResampler.Mitchell)) ?? throw ValidationException.For("file", text["PhotoUnreadable", shownName]);
        using var image = SKImage.FromBitmap(resized);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 82);
        content.Position = 0;
        return jpeg.ToArray();
    }

    /// <summary>A codec reading the caller's stream in place (no copy); disposing the codec releases its wrapper, not the stream.</summary>
    private SKCodec Decoder(Stream content, string shownName)
    {
        content.Position = 0;
        var stream = new SKManagedStream(content, disposeManagedStream: false);
        if (SKCodec.Create(stream) is { } codec)
        {
            return codec;
        }
        stream.Dispose();
        throw ValidationException.For("file", text["PhotoUnreadable", shownName]);
    }

    private static FileKind KindOf(Stream content)
    {
        content.Position = 0;
        Span<byte> header = stackalloc byte[FileSignatures.HeaderLength];
        var length = content.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        content.Position = 0;
        return FileSignatures.Detect(header[..length]);
    }
}
