using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.Photos;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Files;
using SafetyPortal.Platform.Workflows;

namespace SafetyPortal.Inspections.Hazards;

/// <summary>
/// The photos an enterprise attaches in the rectification task's form (its file field) become the hazard's after-photos
/// when the rectification is reported, so the enterprise proves it in the place it is asked to and the verification and
/// the closure see them. Taken as every after-photo is: a picture, no copy of a before-photo, none twice, at most nine;
/// a document or a file that is not a photo stays with the task only.
/// </summary>
internal sealed partial class RectificationPhotos(
    PortalDbContext db,
    IWorkflowTaskFiles taskFiles,
    IFileStore store,
    EvidencePhotos evidence,
    ILogger<RectificationPhotos> logger)
{
    /// <summary>The user task of the built-in process (workflows/hazard-closure.bpmn) whose form files are taken.</summary>
    public const string RectifyElement = "Rectify";

    public async Task AdoptAsync(Hazard hazard, Guid instanceId, CancellationToken cancellationToken)
    {
        var files = (await taskFiles.OfElementAsync(instanceId, RectifyElement, cancellationToken))
            .Where(f => f.ContentType.StartsWith("image/", StringComparison.OrdinalIgnoreCase)).ToList();
        if (files.Count == 0)
        {
            return;
        }
        var kept = await db.Set<HazardPhoto>().IgnoreQueryFilters().Where(p => p.HazardId == hazard.Id)
            .Select(p => new { p.Stage, p.Sha256 }).ToListAsync(cancellationToken);
        var room = EvidencePhotos.MaxPerSubject - kept.Count(p => p.Stage == HazardPhotoStage.After);
        var photos = new List<CheckedPhoto>();
        foreach (var file in files.Where(f => !kept.Exists(k => k.Sha256 == f.Sha256)).DistinctBy(f => f.Sha256))
        {
            if (photos.Count >= room)
            {
                break;
            }
            if (await CheckAsync(file, cancellationToken) is { } photo)
            {
                photos.Add(photo);
            }
        }
        if (photos.Count == 0)
        {
            return;
        }
        await evidence.StoreAsync(db, photos, HazardPhotos.SubjectOf(db, hazard.Id, HazardPhotoStage.After, skipsResent: true),
            () => new HazardPhoto { TenantId = hazard.TenantId, HazardId = hazard.Id, Stage = HazardPhotoStage.After }, cancellationToken);
    }

    private async Task<CheckedPhoto?> CheckAsync(StoredFile file, CancellationToken cancellationToken)
    {
        await using var content = store.OpenRead(file);
        var form = new FormFile(content, 0, file.Size, "files", file.Name) { Headers = new HeaderDictionary(), ContentType = file.ContentType };
        try
        {
            return (await evidence.CheckAsync([form], null, cancellationToken))[0] with { UploadedBy = file.CreatedBy };
        }
        catch (ValidationException refused)
        {
            LogNotTaken(file.Id, file.Name, refused.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The rectification's file {FileId} ({Name}) is not taken as an after-photo: {Reason}")]
    private partial void LogNotTaken(Guid fileId, string name, string reason);
}
