using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Inspections.Photos;

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
    EvidencePhotos evidence,
    IStringLocalizer<InspectionsResource> text)
{
    public const int MaxPerStage = EvidencePhotos.MaxPerSubject;

    public async Task<IReadOnlyList<HazardPhotoDto>> UploadAsync(Guid hazardId, HazardPhotoStage stage, Func<Task<IReadOnlyList<IFormFile>>> readFiles,
        CancellationToken cancellationToken)
    {
        var hazard = await scope.FindAsync(hazardId, cancellationToken);
        CheckStage(hazard, stage);
        var files = await readFiles();
        var before = stage == HazardPhotoStage.After
            ? (await db.Set<HazardPhoto>().AsNoTracking().Where(p => p.HazardId == hazardId && p.Stage == HazardPhotoStage.Before)
                .Select(p => p.Sha256).ToListAsync(cancellationToken)).ToHashSet()
            : [];
        var photos = await evidence.CheckAsync(files,
            (sha, name) => before.Contains(sha) ? text["Hazard.AfterPhotoSameAsBefore", name].Value : null, cancellationToken);
        await evidence.StoreAsync(db, photos, SubjectOf(db, hazard.Id, stage, skipsResent: false), () => new HazardPhoto { TenantId = hazard.TenantId, HazardId = hazard.Id, Stage = stage }, cancellationToken);
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
        var (contentType, content) = await evidence.OpenAsync(photo, thumbnail, scope.IsBureau, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(HazardPhoto), photoId);
        return (photo.Name, contentType, content);
    }

    /// <summary>A hazard's stage as the subject of its photos: locked through the hazard's row.</summary>
    public static PhotoSubject SubjectOf(PortalDbContext db, Guid hazardId, HazardPhotoStage stage, bool skipsResent) =>
        new(async ct =>
        {
            await db.Set<Hazard>().IgnoreQueryFilters().Where(h => h.Id == hazardId)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.Status, h => h.Status), ct);
            return await db.Set<HazardPhoto>().IgnoreQueryFilters().Where(p => p.HazardId == hazardId && p.Stage == stage)
                .Select(p => p.Sha256).ToListAsync(ct);
        }, skipsResent);

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
}
