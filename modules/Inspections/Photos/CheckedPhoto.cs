using SafetyPortal.Platform.Files.Photos;

namespace SafetyPortal.Inspections.Photos;

/// <summary>An uploaded photo that passed the checks: its content (in memory until stored), what the camera recorded, its thumbnail.</summary>
public sealed record CheckedPhoto(string Name, string ContentType, MemoryStream Content, string Sha256, PhotoFacts Facts, byte[] Thumbnail);
