namespace SafetyPortal.Inspections.Checks;

/// <summary>A checklist item's photo: what the camera recorded (UTC, WGS-84) and where to fetch it and its thumbnail.</summary>
public sealed record ChecklistPhotoDto(Guid Id, Guid ItemId, string Name, DateTime? TakenAtUtc, double? Latitude, double? Longitude, string Url, string ThumbnailUrl);
