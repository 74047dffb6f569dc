using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.Photos;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Inspections.Checks;

/// <summary>
/// Photos of checklist items, taken while the task takes answers by whoever may do it; up to 9 per item. A photo the
/// item has already is taken as sent before (a phone resending after a lost signal): nothing is added, nothing refused.
/// Served only to those who see the task.
/// </summary>
public sealed class ChecklistPhotos(PortalDbContext db, InspectionWork work, InspectionTaskScope scope, EvidencePhotos evidence)
{
    public async Task<IReadOnlyList<ChecklistPhotoDto>> UploadAsync(Guid taskId, Guid itemId, Func<Task<IReadOnlyList<IFormFile>>> readFiles,
        CancellationToken cancellationToken)
    {
        var task = await work.LoadAsync(taskId, cancellationToken);
        if (!await db.Set<ChecklistItem>().AnyAsync(i => i.Id == itemId && i.TaskId == taskId, cancellationToken))
        {
            throw new EntityNotFoundException(typeof(ChecklistItem), itemId);
        }
        var photos = await evidence.CheckAsync(await readFiles(), null, cancellationToken);
        var subject = new PhotoSubject(async ct =>
        {
            await db.Set<ChecklistItem>().Where(i => i.Id == itemId).ExecuteUpdateAsync(s => s.SetProperty(i => i.SortOrder, i => i.SortOrder), ct);
            return await db.Set<ChecklistPhoto>().Where(p => p.ItemId == itemId).Select(p => p.Sha256).ToListAsync(ct);
        }, SkipsResent: true);
        await evidence.StoreAsync(db, photos, subject, () => new ChecklistPhoto
        {
            TenantId = task.TenantId, TaskId = task.Id, ItemId = itemId, EnterpriseId = task.EnterpriseId,
        }, cancellationToken);
        return (await ListAsync(taskId, cancellationToken)).Where(p => p.ItemId == itemId).ToList();
    }

    /// <summary>Every photo of the task's items, oldest first (the task is looked up in the reader's scope).</summary>
    public async Task<IReadOnlyList<ChecklistPhotoDto>> ListAsync(Guid taskId, CancellationToken cancellationToken)
    {
        await scope.FindAsync(taskId, cancellationToken);
        var photos = await Photos(taskId).OrderBy(p => p.CreationTime).ToListAsync(cancellationToken);
        return photos.Select(p => new ChecklistPhotoDto(p.Id, p.ItemId, p.Name, p.TakenAtUtc, p.Latitude, p.Longitude,
            UrlOf(taskId, p.Id), UrlOf(taskId, p.Id) + "/thumbnail")).ToList();
    }

    public async Task<(string Name, string ContentType, Stream Content)> OpenAsync(Guid taskId, Guid photoId, bool thumbnail,
        CancellationToken cancellationToken)
    {
        await scope.FindAsync(taskId, cancellationToken);
        var photo = await Photos(taskId).FirstOrDefaultAsync(p => p.Id == photoId, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(ChecklistPhoto), photoId);
        var (contentType, content) = await evidence.OpenAsync(photo, thumbnail, scope.IsBureau, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(ChecklistPhoto), photoId);
        return (photo.Name, contentType, content);
    }

    public static string UrlOf(Guid taskId, Guid photoId) => $"/api/inspections/tasks/{taskId}/photos/{photoId}";

    private IQueryable<ChecklistPhoto> Photos(Guid taskId) =>
        (scope.IsBureau ? db.Set<ChecklistPhoto>().IgnoreQueryFilters() : db.Set<ChecklistPhoto>()).AsNoTracking().Where(p => p.TaskId == taskId);
}
