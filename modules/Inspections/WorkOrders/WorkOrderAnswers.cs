using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Cycles;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.Photos;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>
/// An enterprise answers its work order for today's period with on-site photos (at least the campaign's number), a note,
/// and where it was when the campaign asks. One answer per period: sending it again returns the first, adds nothing.
/// </summary>
public sealed class WorkOrderAnswers(
    PortalDbContext db,
    WorkOrderScope scope,
    EvidencePhotos evidence,
    SignedInUser user,
    IStringLocalizer<InspectionsResource> text,
    TimeProvider clock)
{
    /// <summary>The answer and whether this call made it (false: it was there already).</summary>
    public async Task<(WorkOrderAnswerDto Answer, bool Created)> AnswerAsync(Guid orderId, AnswerWorkOrderRequest request,
        Func<Task<IReadOnlyList<IFormFile>>> readFiles, CancellationToken cancellationToken)
    {
        var order = await scope.FindOrderAsync(orderId, cancellationToken);
        if (await user.VisibleEnterprisesAsync(cancellationToken) is not { } mine || !mine.Contains(order.EnterpriseId))
        {
            throw new ForbiddenException(text["WorkOrder.NotYours"]);
        }
        var campaign = await db.Set<WorkOrderCampaign>().IgnoreQueryFilters().AsNoTracking().FirstAsync(c => c.Id == order.CampaignId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var period = WorkOrderPeriods.Of(campaign, CyclePeriod.ChinaDay(now))
            ?? throw ValidationException.For("period", text["WorkOrder.NotRunning", campaign.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), campaign.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        if (await ExistingAsync(order, period, cancellationToken) is { } existing)
        {
            return (existing, false);
        }
        Check(campaign, request);
        var photos = await evidence.CheckAsync(await readFiles(), null, cancellationToken);
        if (photos.Count < campaign.MinPhotos)
        {
            throw ValidationException.For("files", text["WorkOrder.PhotosNeeded", campaign.MinPhotos]);
        }
        var answer = new WorkOrderAnswer
        {
            Id = Guid.CreateVersion7(), TenantId = order.TenantId, CampaignId = campaign.Id, WorkOrderId = order.Id, EnterpriseId = order.EnterpriseId,
            Period = period, Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), Latitude = request.Latitude,
            Longitude = request.Longitude, AnsweredBy = user.Id, AnswererName = user.Name ?? user.Id.ToString(), AnsweredTime = now,
        };
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                db.Add(answer);
                await db.Set<WorkOrder>().Where(o => o.Id == order.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(o => o.AnswerCount, o => o.AnswerCount + 1)
                    .SetProperty(o => o.LastAnsweredTime, now), ct);
                await evidence.StoreAsync(db, photos, PhotoSubject.New, () => new WorkOrderPhoto { TenantId = order.TenantId, AnswerId = answer.Id, WorkOrderId = order.Id }, ct);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same answer sent twice at once: the other one was saved.
            db.ChangeTracker.Clear();
            if (await ExistingAsync(order, period, CancellationToken.None) is not { } other)
            {
                throw;
            }
            return (other, false);
        }
        return ((await ExistingAsync(order, period, cancellationToken))!, true);
    }

    public Task<IReadOnlyList<WorkOrderAnswerDto>> ListAsync(WorkOrder order, CancellationToken cancellationToken) => ReadAsync(order, null, cancellationToken);

    /// <summary>The order's answers (only the period's, when given) with their photos, newest first.</summary>
    private async Task<IReadOnlyList<WorkOrderAnswerDto>> ReadAsync(WorkOrder order, DateOnly? period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var answers = await db.Set<WorkOrderAnswer>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.WorkOrderId == order.Id && (period == null || a.Period == period))
            .OrderByDescending(a => a.Period).ToListAsync(cancellationToken);
        var ids = answers.Select(a => a.Id).ToList();
        var photos = (await db.Set<WorkOrderPhoto>().IgnoreQueryFilters().AsNoTracking().Where(p => p.WorkOrderId == order.Id && ids.Contains(p.AnswerId))
            .OrderBy(p => p.CreationTime).ToListAsync(cancellationToken)).ToLookup(p => p.AnswerId);
        return [.. answers.Select(a => new WorkOrderAnswerDto(a.Id, a.WorkOrderId, a.Period, a.Note, a.Latitude, a.Longitude, a.AnswererName, a.AnsweredTime,
            [.. photos[a.Id].Select(p => new EvidencePhotoDto(p.Id, p.Name, p.TakenAtUtc, p.Latitude, p.Longitude, UrlOf(order.Id, p.Id), UrlOf(order.Id, p.Id) + "/thumbnail"))]))];
    }

    public async Task<(string Name, string ContentType, Stream Content)> OpenPhotoAsync(Guid orderId, Guid photoId, bool thumbnail,
        CancellationToken cancellationToken)
    {
        var order = await scope.FindOrderAsync(orderId, cancellationToken);
        var photo = await db.Set<WorkOrderPhoto>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == photoId && p.WorkOrderId == order.Id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(WorkOrderPhoto), photoId);
        var (contentType, content) = await evidence.OpenAsync(photo, thumbnail, scope.IsBureau, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(WorkOrderPhoto), photoId);
        return (photo.Name, contentType, content);
    }

    public static string UrlOf(Guid orderId, Guid photoId) => $"/api/inspections/work-orders/{orderId}/photos/{photoId}";

    /// <summary>The answer for the period, read alone (a daily campaign's order has up to a year of answers).</summary>
    private async Task<WorkOrderAnswerDto?> ExistingAsync(WorkOrder order, DateOnly period, CancellationToken cancellationToken) =>
        (await ReadAsync(order, period, cancellationToken)).SingleOrDefault();

    private void Check(WorkOrderCampaign campaign, AnswerWorkOrderRequest request)
    {
        var errors = new ValidationErrors();
        if (request.Note is { Length: > WorkOrderAnswer.MaxNoteLength })
        {
            errors.Add("note", text["Check.NoteTooLong", WorkOrderAnswer.MaxNoteLength]);
        }
        if (campaign.RequirePlace && (request.Latitude is null || request.Longitude is null))
        {
            errors.Add("latitude", text["WorkOrder.PlaceNeeded"]);
        }
        PlaceChecks.CheckRange(errors, request.Latitude, request.Longitude, text);
        errors.ThrowIfAny();
    }
}
