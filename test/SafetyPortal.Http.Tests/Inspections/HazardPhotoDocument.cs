namespace SafetyPortal.Http.Tests.Inspections;

public sealed record HazardPhotoDocument(Guid Id, string Stage, string Name, long Size, int Width, int Height, string UploadedBy, string Url, string ThumbnailUrl);
