using SafetyPortal.Platform.Files.Photos;

namespace SafetyPortal.Inspections.Photos;

/// <summary>
/// An uploaded photo that passed the checks: its content (in memory until stored), what the camera recorded, its
/// thumbnail. <see cref="UploadedBy"/> names who sent it when that is not the signed-in user (a photo taken over from a
/// task form by a background job).
/// </summary>
public sealed record CheckedPhoto(string Name, string ContentType, MemoryStream Content, string Sha256, PhotoFacts Facts, byte[] Thumbnail)
{
    public string? UploadedBy { get; init; }
}
