using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Files;
using SafetyPortal.Platform.Files.Photos;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Inspections.Hazards;

/// <summary>
/// Photos of a hazard as found and after its rectification: checked as photos by their content, EXIF time and place
/// read, a thumbnail made, kept in the file store; read and served only to those who see the hazard. A batch is taken
/// whole or not at all. After-photos wait for the rectification, and one identical to a photo of the hazard as found is
/// refused (the same picture proves nothing changed).
/// </summary>
public sealed class HazardPhotos(
    PortalDbContext db,
    HazardScope scope,
    IFileStore store,
    PhotoReader reader,
    ISettingProvider settings,
    SignedInUser user,
    IStringLocalizer<InspectionsResource> text,
    TimeProvider clock)
{
    public const string PhotoContainer = "inspections/hazards";
    public const string ThumbnailContainer = "inspections/thumbnails";
    public const int MaxPerStage = 9;

    public async Task<IReadOnlyList<HazardPhotoDto>> UploadAsync(Guid hazardId, HazardPhotoStage stage, Func<Task<IReadOnlyList<IFormFile>>> readFiles,
        CancellationToken cancellationToken)
    {
        var hazard = await scope.FindAsync(hazardId, cancellationToken);
        CheckStage(hazard, stage);
        var files = await readFiles();
        var existing = await db.Set<HazardPhoto>().AsNoTracking().Where(p => p.HazardId == hazardId)
            .Select(p => new { p.Stage, p.Sha256 }).ToListAsync(cancellationToken);
        var photos = await ReadAllAsync(files, existing.Count(p => p.Stage == stage),
            stage == HazardPhotoStage.After ? existing.Where(p => p.Stage == HazardPhotoStage.Before).Select(p => p.Sha256).ToHashSet() : [],
            cancellationToken);
        var saved = new List<StoredFile>();
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var photo in photos)
            {
                var original = await store.SaveAsync(PhotoContainer, photo.Name, photo.ContentType, photo.Content, photo.Content.Length, user.Name, cancellationToken);
                saved.Add(original);
                var thumbnail = await store.SaveAsync(ThumbnailContainer, photo.Name, "image/jpeg", new MemoryStream(photo.Thumbnail), photo.Thumbnail.Length,
                    user.Name, cancellationToken);
                saved.Add(thumbnail);
                db.Add(new HazardPhoto
                {
                    Id = original.Id, TenantId = hazard.TenantId, HazardId = hazard.Id, Stage = stage, Name = Clip(original.Name),
                    ContentType = original.ContentType, Size = original.Size, Sha256 = original.Sha256, ThumbnailId = thumbnail.Id,
                    Width = photo.Facts.Width, Height = photo.Facts.Height, TakenAtUtc = photo.Facts.TakenAtUtc,
                    Latitude = photo.Facts.Latitude, Longitude = photo.Facts.Longitude, UploadedBy = user.Name ?? "", CreationTime = now,
                });
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            foreach (var file in saved)
            {
                await store.DeleteAsync(file, CancellationToken.None);
            }
            throw;
        }
        return await ListOfAsync(hazard, cancellationToken);
    }

    public async Task<IReadOnlyList<HazardPhotoDto>> ListAsync(Guid hazardId, CancellationToken cancellationToken) =>
        await ListOfAsync(await scope.FindAsync(hazardId, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<HazardPhotoDto>> ListOfAsync(Hazard hazard, CancellationToken cancellationToken)
    {
        var photos = await Photos(hazard).OrderBy(p => p.Stage).ThenBy(p => p.CreationTime).ToListAsync(cancellationToken);
        return photos.Select(p => new HazardPhotoDto(p.Id, p.Stage.ToString(), p.Name, p.Size, p.Width, p.Height, p.TakenAtUtc,
            p.Latitude, p.Longitude, p.UploadedBy, p.CreationTime, UrlOf(hazard.Id, p.Id), UrlOf(hazard.Id, p.Id) + "/thumbnail")).ToList();
    }

    /// <summary>The photo (or its thumbnail) of a hazard the reader sees; 404 otherwise.</summary>
    public async Task<(string Name, string ContentType, Stream Content)> OpenAsync(Guid hazardId, Guid photoId, bool thumbnail,
        CancellationToken cancellationToken)
    {
        var hazard = await scope.FindAsync(hazardId, cancellationToken);
        var photo = await Photos(hazard).FirstOrDefaultAsync(p => p.Id == photoId, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(HazardPhoto), photoId);
        var stored = await store.FindAsync(thumbnail ? ThumbnailContainer : PhotoContainer, thumbnail ? photo.ThumbnailId : photo.Id,
            anyTown: scope.IsBureau, cancellationToken) ?? throw new EntityNotFoundException(typeof(HazardPhoto), photoId);
        return (photo.Name, stored.ContentType, store.OpenRead(stored));
    }

    public static string UrlOf(Guid hazardId, Guid photoId) => $"/api/inspections/hazards/{hazardId}/photos/{photoId}";

    private IQueryable<HazardPhoto> Photos(Hazard hazard) =>
        (scope.IsBureau ? db.Set<HazardPhoto>().IgnoreQueryFilters() : db.Set<HazardPhoto>()).AsNoTracking().Where(p => p.HazardId == hazard.Id);

    private void CheckStage(Hazard hazard, HazardPhotoStage stage)
    {
        if (!Enum.IsDefined(stage))
        {
            throw ValidationException.For("stage", text["Hazard.PhotoStageInvalid"]);
        }
        if (hazard.Status == HazardStatus.Closed)
        {
            throw ValidationException.For("stage", text["Hazard.PhotoClosed"]);
        }
        if (stage == HazardPhotoStage.After && hazard.Status is not (HazardStatus.Rectifying or HazardStatus.Verifying))
        {
            throw ValidationException.For("stage", text["Hazard.AfterPhotoTooEarly"]);
        }
    }

    private async Task<List<CheckedPhoto>> ReadAllAsync(IReadOnlyList<IFormFile> files, int already, HashSet<string> beforeHashes,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (files.Count == 0)
        {
            errors.Add("files", text["Hazard.PhotoNone"]);
        }
        if (already + files.Count > MaxPerStage)
        {
            errors.Add("files", text["Hazard.PhotoTooMany", MaxPerStage]);
        }
        var maxBytes = await MaxBytesAsync(cancellationToken);
        var photos = new List<CheckedPhoto>();
        foreach (var file in files)
        {
            if (file.Length == 0 || file.Length > maxBytes)
            {
                errors.Add("files", text[file.Length == 0 ? "Hazard.PhotoEmpty" : "Hazard.PhotoTooBig", file.FileName,
                    (maxBytes / 1024d / 1024d).ToString("0.#", CultureInfo.CurrentCulture)]);
                continue;
            }
            var content = new MemoryStream((int)file.Length);
            await using (var upload = file.OpenReadStream())
            {
                await upload.CopyToAsync(content, cancellationToken);
            }
            content.Position = 0;
            try
            {
                var facts = reader.Read(content, file.FileName);
                var thumbnail = reader.Thumbnail(content, file.FileName);
                content.Position = 0;
                var sha = Convert.ToHexStringLower(SHA256.HashData(content));
                content.Position = 0;
                if (beforeHashes.Contains(sha))
                {
                    errors.Add("files", text["Hazard.AfterPhotoSameAsBefore", file.FileName]);
                    continue;
                }
                photos.Add(new CheckedPhoto(file.FileName, FileSignatures.ContentTypeOf(facts.Kind) ?? file.ContentType, content, facts, thumbnail));
            }
            catch (ValidationException refused)
            {
                foreach (var message in refused.Errors.ToDictionary().Values.SelectMany(m => m))
                {
                    errors.Add("files", message);
                }
            }
        }
        errors.ThrowIfAny();
        return photos;
    }

    private async Task<long> MaxBytesAsync(CancellationToken cancellationToken)
    {
        var megabytes = await settings.GetWholeNumberAsync(InspectionsSettings.PhotoMaxMegabytes, InspectionsSettings.DefaultPhotoMaxMegabytes,
            cancellationToken: cancellationToken);
        return megabytes * 1024L * 1024;
    }

    private static string Clip(string name) => name.Length <= HazardPhoto.MaxNameLength ? name : name[..HazardPhoto.MaxNameLength];

    private sealed record CheckedPhoto(string Name, string ContentType, MemoryStream Content, PhotoFacts Facts, byte[] Thumbnail);
}
