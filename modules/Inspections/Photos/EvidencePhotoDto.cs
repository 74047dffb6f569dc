namespace SafetyPortal.Inspections.Photos;

/// <summary>A photo as answers list it: what the camera recorded (UTC, WGS-84) and where to fetch it and its thumbnail.</summary>
public sealed record EvidencePhotoDto(Guid Id, string Name, DateTime? TakenAtUtc, double? Latitude, double? Longitude, string Url, string ThumbnailUrl);
