namespace SafetyPortal.Inspections.Hazards;

/// <summary>A hazard photo with where to fetch it and its thumbnail; TakenAtUtc and the place come from its EXIF, when present.</summary>
public sealed record HazardPhotoDto(
    Guid Id,
    string Stage,
    string Name,
    long Size,
    int Width,
    int Height,
    DateTime? TakenAtUtc,
    double? Latitude,
    double? Longitude,
    string UploadedBy,
    DateTime CreationTime,
    string Url,
    string ThumbnailUrl);
