using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Files;
using SafetyPortal.Platform.Files.Photos;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Settings;
using SafetyPortal.Platform.Text;

namespace SafetyPortal.Inspections.Photos;

/// <summary>
/// The way every evidence photo comes in (hazards', checklist items', work-order answers'): each checked as a photo by its
/// content and size, EXIF time and place read, a thumbnail made; the batch refused whole, naming each bad file; stored
/// with its row or not at all, the subject's limit judged under its lock. A batch is held in memory until stored.
/// </summary>
public sealed class EvidencePhotos(
    IFileStore store,
    PhotoReader reader,
    ISettingProvider settings,
    SignedInUser user,
    IStringLocalizer<InspectionsResource> text,
    TimeProvider clock)
{
    /// <summary>Every evidence photo's container (named when hazards were the only ones).</summary>
    public const string PhotoContainer = "inspections/hazards";
    public const string ThumbnailContainer = "inspections/thumbnails";

    /// <summary>Photos one subject keeps (a hazard's stage, a checklist item).</summary>
    public const int MaxPerSubject = 9;

    /// <summary>
    /// Checks the batch: each file a photo within the size limit, the same picture sent twice in one batch taken once;
    /// <paramref name="refuse"/> may name why one photo is not taken. How many the subject may still take is judged when
    /// they are stored, under the subject's lock (<see cref="StoreAsync{T}"/>).
    /// </summary>
    public async Task<IReadOnlyList<CheckedPhoto>> CheckAsync(IReadOnlyList<IFormFile> files, Func<string, string, string?>? refuse,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (files.Count == 0)
        {
            errors.Add("files", text["Hazard.PhotoNone"]);
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
            if (await ReadAsync(file, errors, cancellationToken) is not { } photo || photos.Any(p => p.Sha256 == photo.Sha256))
            {
                continue;
            }
            if (refuse?.Invoke(photo.Sha256, file.FileName) is { } reason)
            {
                errors.Add("files", reason);
                continue;
            }
            photos.Add(photo);
        }
        errors.ThrowIfAny();
        return photos;
    }

    /// <summary>
    /// Stores each photo and its thumbnail and saves the rows <paramref name="row"/> makes for them, in one transaction
    /// (joining the caller's) that first runs <paramref name="subject"/>: it takes the subject's write lock and answers the
    /// photos the subject keeps (their SHA-256), so two uploads at once are judged one after the other. A photo the
    /// subject keeps already is left out quietly when <see cref="PhotoSubject.SkipsResent"/> (a phone sending again); the
    /// rest must fit in what the subject keeps of <see cref="MaxPerSubject"/>. A failure removes the stored files.
    /// </summary>
    public async Task StoreAsync<T>(PortalDbContext db, IReadOnlyList<CheckedPhoto> photos, PhotoSubject subject, Func<T> row,
        CancellationToken cancellationToken) where T : EvidencePhoto
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(subject);
        await db.InTransactionAsync(async ct =>
        {
            var kept = await subject.LockAsync(ct);
            var added = subject.SkipsResent ? photos.Where(p => !kept.Contains(p.Sha256)).ToList() : photos;
            if (kept.Count + added.Count > MaxPerSubject)
            {
                throw ValidationException.For("files", text["Hazard.PhotoTooMany", MaxPerSubject]);
            }
            await SaveAsync(db, added, row, ct);
        }, cancellationToken);
    }

    private async Task SaveAsync<T>(PortalDbContext db, IReadOnlyList<CheckedPhoto> photos, Func<T> row, CancellationToken cancellationToken)
        where T : EvidencePhoto
    {
        var saved = new List<StoredFile>();
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var photo in photos)
            {
                photo.Content.Position = 0;
                var original = await store.SaveAsync(PhotoContainer, photo.Name, photo.ContentType, photo.Content, photo.Content.Length, user.Name, cancellationToken);
                saved.Add(original);
                var thumbnail = await store.SaveAsync(ThumbnailContainer, photo.Name, "image/jpeg", new MemoryStream(photo.Thumbnail), photo.Thumbnail.Length,
                    user.Name, cancellationToken);
                saved.Add(thumbnail);
                db.Add(RowOf(row(), original, thumbnail, photo, now));
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
    }

    private T RowOf<T>(T added, StoredFile original, StoredFile thumbnail, CheckedPhoto photo, DateTime now) where T : EvidencePhoto
    {
        added.Id = original.Id;
        added.Name = TextClipping.Clip(original.Name, EvidencePhoto.MaxNameLength);
        added.ContentType = original.ContentType;
        added.Size = original.Size;
        added.Sha256 = original.Sha256;
        added.ThumbnailId = thumbnail.Id;
        added.Width = photo.Facts.Width;
        added.Height = photo.Facts.Height;
        added.TakenAtUtc = photo.Facts.TakenAtUtc;
        added.Latitude = photo.Facts.Latitude;
        added.Longitude = photo.Facts.Longitude;
        added.UploadedBy = photo.UploadedBy ?? user.Name ?? "";
        added.CreationTime = now;
        return added;
    }

    /// <summary>The stored photo or its thumbnail; null when the store lost it.</summary>
    public async Task<(string ContentType, Stream Content)?> OpenAsync(EvidencePhoto photo, bool thumbnail, bool anyTown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(photo);
        var stored = await store.FindAsync(thumbnail ? ThumbnailContainer : PhotoContainer, thumbnail ? photo.ThumbnailId : photo.Id, anyTown, cancellationToken);
        return stored is null ? null : (stored.ContentType, store.OpenRead(stored));
    }

    private async Task<CheckedPhoto?> ReadAsync(IFormFile file, ValidationErrors errors, CancellationToken cancellationToken)
    {
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
            return new CheckedPhoto(file.FileName, FileSignatures.ContentTypeOf(facts.Kind) ?? file.ContentType, content, sha, facts, thumbnail);
        }
        catch (ValidationException refused)
        {
            foreach (var message in refused.Errors.ToDictionary().Values.SelectMany(m => m))
            {
                errors.Add("files", message);
            }
            return null;
        }
    }

    private async Task<long> MaxBytesAsync(CancellationToken cancellationToken)
    {
        var megabytes = await settings.GetWholeNumberAsync(InspectionsSettings.PhotoMaxMegabytes, InspectionsSettings.DefaultPhotoMaxMegabytes,
            cancellationToken: cancellationToken);
        return megabytes * 1024L * 1024;
    }
}
