namespace SafetyPortal.Platform.Files.Photos;

/// <summary>
/// What an uploaded photo says about itself: its kind and pixel size as shown (after its EXIF orientation), and, when the
/// camera wrote them, when it was taken (UTC) and where (WGS-84 degrees, as phones record them; Chinese web maps draw
/// GCJ-02 and need converting before a pin is placed).
/// </summary>
public sealed record PhotoFacts(FileKind Kind, int Width, int Height, DateTime? TakenAtUtc, double? Latitude, double? Longitude)
{
    public bool HasLocation => Latitude is not null && Longitude is not null;
}
