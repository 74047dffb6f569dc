using System.Globalization;
using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Cycles;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.Notices;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Notifications;
using SafetyPortal.Platform.Screening;
using SafetyPortal.Platform.Text;

namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>
/// Pushes a campaign: the bureau to enterprises of every town, a town to its own, chosen by screening conditions, by a
/// saved screening (its conditions as they are now) or named.
/// The campaign, one work order per enterprise (in the enterprise's town) and a notice to each enterprise's principal and
/// safety managers are saved together, or nothing is.
/// </summary>
public sealed class PushWorkOrders(
    PortalDbContext db,
    SignedInUser user,
    ICurrentTenant tenant,
    IEnterpriseScreening screening,
    IEnterpriseDirectory directory,
    EnterpriseSafetyStaff safetyStaff,
    INotificationPublisher publisher,
    IStringLocalizer<InspectionsResource> text,
    TimeProvider clock)
{
    public const string NoticeKind = "Inspections.WorkOrder";
    public const int MaxDays = 366;

    public async Task<Guid> PushAsync(PushWorkOrderRequest request, CancellationToken cancellationToken)
    {
        var campaign = Valid(request);
        var enterprises = await ChooseAsync(request, cancellationToken);
        campaign.TargetCount = enterprises.Count;
        await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            db.Add(campaign);
            var orders = enterprises.Select(e => new WorkOrder { Id = Guid.CreateVersion7(), TenantId = e.TownId, CampaignId = campaign.Id, EnterpriseId = e.EnterpriseId })
                .ToList();
            db.AddRange(orders);
            await db.SaveChangesAsync(ct);
            foreach (var town in orders.GroupBy(o => o.TenantId))
            {
                await NotifyAsync(campaign, town.Key, [.. town.Select(o => o.EnterpriseId)], ct);
            }
        }, cancellationToken);
        return campaign.Id;
    }

    /// <summary>Notices are rows of the enterprise's town: written with that town current, as the kernel stamps new rows with it.</summary>
    private async Task NotifyAsync(WorkOrderCampaign campaign, Guid? town, IReadOnlyList<Guid> enterpriseIds, CancellationToken cancellationToken)
    {
        using var _ = tenant.Change(town);
        var recipients = (await safetyStaff.OfAsync(enterpriseIds, cancellationToken)).Values.SelectMany(u => u).Distinct().ToList();
        using (UiCulture.Chinese())
        {
            await publisher.PublishAsync(new NotificationRequest(NoticeKind, recipients, text["WorkOrder.NoticeTitle", campaign.Title],
                text["WorkOrder.NoticeBody", campaign.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), campaign.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), campaign.Measure],
                "/Inspections/WorkOrders"), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<ScreenedEnterprise>> ChooseAsync(PushWorkOrderRequest request, CancellationToken cancellationToken)
    {
        IReadOnlyList<ScreenedEnterprise> chosen;
        if (request.SavedScreeningId is { } savedId)
        {
            if (request.Conditions is { Count: > 0 } || request.EnterpriseIds is { Count: > 0 })
            {
                throw ValidationException.For("savedScreeningId", text["WorkOrder.ChooseOneWay"]);
            }
            chosen = await screening.MatchSavedAsync(savedId, cancellationToken)
                ?? throw ValidationException.For("savedScreeningId", text["WorkOrder.SavedScreeningUnknown"]);
        }
        else if (request.Conditions is { Count: > 0 } conditions)
        {
            chosen = await screening.MatchAsync(conditions, cancellationToken);
        }
        else if (request.EnterpriseIds is { Count: > 0 } ids)
        {
            var found = await directory.GetAsync([.. ids.Distinct()], cancellationToken);
            if (found.Count < ids.Distinct().Count())
            {
                throw ValidationException.For("enterpriseIds", text["WorkOrder.EnterprisesUnknown", ids.Distinct().Count() - found.Count]);
            }
            chosen = [.. found.Values.Select(e => new ScreenedEnterprise(e.Id, e.TenantId, e.Name))];
        }
        else
        {
            throw ValidationException.For("conditions", text["WorkOrder.ChooseEnterprises"]);
        }
        return chosen.Count > 0 ? chosen : throw ValidationException.For("conditions", text["WorkOrder.NoEnterpriseMatched"]);
    }

    private WorkOrderCampaign Valid(PushWorkOrderRequest request)
    {
        var errors = new ValidationErrors();
        var title = request.Title?.Trim() ?? "";
        var measure = request.Measure?.Trim() ?? "";
        if (title.Length is 0 or > WorkOrderCampaign.MaxTitleLength)
        {
            errors.Add("title", text["WorkOrder.TitleRequired", WorkOrderCampaign.MaxTitleLength]);
        }
        if (measure.Length is 0 or > WorkOrderCampaign.MaxMeasureLength)
        {
            errors.Add("measure", text["WorkOrder.MeasureRequired", WorkOrderCampaign.MaxMeasureLength]);
        }
        if (request.Frequency is not { } frequency || !Enum.IsDefined(frequency))
        {
            errors.Add("frequency", text["WorkOrder.FrequencyRequired"]);
        }
        var today = CyclePeriod.ChinaDay(clock.GetUtcNow().UtcDateTime);
        if (request.FirstDay is null)
        {
            errors.Add("firstDay", text["WorkOrder.FirstDayRequired"]);
        }
        if (request.LastDay is not { } last || last < today || (request.FirstDay is { } first && (last < first || last > first.AddDays(MaxDays))))
        {
            errors.Add("lastDay", text["WorkOrder.LastDayInvalid", MaxDays]);
        }
        if (request.MinPhotos is < 1 or > Photos.EvidencePhotos.MaxPerSubject)
        {
            errors.Add("minPhotos", text["WorkOrder.MinPhotosInvalid", Photos.EvidencePhotos.MaxPerSubject]);
        }
        errors.ThrowIfAny();
        return new WorkOrderCampaign
        {
            Id = Guid.CreateVersion7(), TenantId = tenant.Id, Title = title, Measure = measure, Frequency = request.Frequency!.Value,
            FirstDay = request.FirstDay!.Value, LastDay = request.LastDay!.Value, MinPhotos = request.MinPhotos ?? 1, RequirePlace = request.RequirePlace,
            CreatorName = user.Name ?? user.Id.ToString(),
        };
    }
}
