using System.Globalization;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace SafetyPortal.Platform.Files.Photos;

/// <summary>
/// The EXIF time and place of a photo (MetadataExtractor). DateTimeOriginal is a wall-clock time; its offset comes from
/// OffsetTimeOriginal when the camera wrote one (EXIF 2.31, most phones since 2018), else the time is taken as China
/// Standard Time (UTC+8), where the portal's users take their photos. Unreadable metadata gives no facts, not an error:
/// a photo without EXIF is still a photo.
/// </summary>
internal static class ExifFacts
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static (DateTime? TakenAtUtc, double? Latitude, double? Longitude) Read(Stream content)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            directories = ImageMetadataReader.ReadMetadata(content);
        }
        catch (Exception e) when (e is ImageProcessingException or IOException or MetadataException)
        {
            return (null, null, null);
        }
        var location = directories.OfType<GpsDirectory>().FirstOrDefault()?.GetGeoLocation();
        var valid = location is { } l && !l.IsZero && Math.Abs(l.Latitude) <= 90 && Math.Abs(l.Longitude) <= 180;
        return (TakenAt(directories), valid ? location!.Latitude : null, valid ? location!.Longitude : null);
    }

    private static DateTime? TakenAt(IReadOnlyList<MetadataExtractor.Directory> directories)
    {
        var exif = directories.OfType<ExifSubIfdDirectory>().FirstOrDefault();
        if (exif is null || !exif.TryGetDateTime(ExifDirectoryBase.TagDateTimeOriginal, out var local))
        {
            return null;
        }
        var offset = exif.GetString(ExifDirectoryBase.TagTimeZoneOriginal) is { } text
            && TimeSpan.TryParseExact(text.TrimStart('+'), [@"hh\:mm", @"\-hh\:mm"], CultureInfo.InvariantCulture, out var parsed)
            ? (text.StartsWith('-') ? parsed.Negate() : parsed)
            : ChinaStandardTime;
        return DateTime.SpecifyKind(local - offset, DateTimeKind.Utc);
    }
}
