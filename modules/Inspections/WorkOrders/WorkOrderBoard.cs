using Microsoft.EntityFrameworkCore;
using SafetyPortal.Inspections.Cycles;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>Campaigns with their completion, a campaign's dashboard per town, its work orders per enterprise, one's own work orders.</summary>
public sealed class WorkOrderBoard(
    PortalDbContext db,
    WorkOrderScope scope,
    IEnterpriseDirectory directory,
    ITenantStore towns,
    WorkOrderAnswers answers,
    TimeProvider clock)
{
    private DateOnly Today => CyclePeriod.ChinaDay(clock.GetUtcNow().UtcDateTime);

    public async Task<PagedResult<WorkOrderCampaignDto>> ListCampaignsAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var campaigns = await scope.CampaignsAsync(cancellationToken);
        if (page.SearchText is { } text)
        {
            campaigns = campaigns.Where(c => c.Title.Contains(text) || c.Measure.Contains(text));
        }
        var rows = await campaigns.OrderByDescending(c => c.CreationTime).ThenBy(c => c.Id).ToPagedResultAsync(page, cancellationToken);
        var result = new List<WorkOrderCampaignDto>();
        foreach (var campaign in rows.Items)
        {
            result.Add(await ToDtoAsync(campaign, cancellationToken));
        }
        return new PagedResult<WorkOrderCampaignDto>(result, rows.TotalCount, rows.Page, rows.PageSize);
    }

    public async Task<WorkOrderCampaignDto> GetCampaignAsync(Guid id, CancellationToken cancellationToken) =>
        await ToDtoAsync(await scope.FindCampaignAsync(id, cancellationToken), cancellationToken);

    /// <summary>Completion for a period (the current one when left out, or the campaign's last when it ended), in all and per town.</summary>
    public async Task<WorkOrderDashboardDto> DashboardAsync(Guid id, DateOnly? day, CancellationToken cancellationToken)
    {
        var campaign = await scope.FindCampaignAsync(id, cancellationToken);
        var period = WorkOrderPeriods.Of(campaign, day ?? Clamp(campaign, Today)) ?? WorkOrderPeriods.Of(campaign, Clamp(campaign, Today))!.Value;
        var orders = (await scope.OrdersAsync(cancellationToken)).Where(o => o.CampaignId == id);
        var targets = await orders.GroupBy(o => o.TenantId).Select(g => new { Town = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var answered = await AnsweredQuery(orders, period).GroupBy(a => a.TenantId).Select(g => new { Town = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Town ?? Guid.Empty, g => g.Count, cancellationToken);
        var names = (await towns.GetActiveAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        var rows = targets.Select(t =>
            {
                var done = answered.GetValueOrDefault(t.Town ?? Guid.Empty);
                return new WorkOrderTownRowDto(t.Town, t.Town is { } town ? names.GetValueOrDefault(town, "") : "", t.Count, done, Percentages.OneDecimal(done, t.Count));
            })
            .OrderBy(r => r.Rate ?? 0).ThenBy(r => r.TownName, StringComparer.Ordinal).ToList();
        var target = rows.Sum(r => r.Target);
        var total = rows.Sum(r => r.Answered);
        return new WorkOrderDashboardDto(await ToDtoAsync(campaign, cancellationToken), period, target, total, Percentages.OneDecimal(total, target), rows);
    }

    /// <summary>The campaign's work orders, those not answered for the period first, then by enterprise.</summary>
    public async Task<PagedResult<WorkOrderDto>> OrdersAsync(Guid campaignId, DateOnly? day, bool? answered, Guid? townId, PageRequest page,
        CancellationToken cancellationToken)
    {
        var campaign = await scope.FindCampaignAsync(campaignId, cancellationToken);
        var period = WorkOrderPeriods.Of(campaign, day ?? Clamp(campaign, Today));
        var orders = (await scope.OrdersAsync(cancellationToken)).Where(o => o.CampaignId == campaignId);
        if (scope.IsBureau && townId is { } town)
        {
            orders = orders.Where(o => o.TenantId == town);
        }
        var done = period is { } p ? db.Set<WorkOrderAnswer>().IgnoreQueryFilters().Where(a => a.Period == p).Select(a => a.WorkOrderId) : null;
        if (answered is { } want && done is not null)
        {
            orders = want ? orders.Where(o => done.Contains(o.Id)) : orders.Where(o => !done.Contains(o.Id));
        }
        var rows = await orders.OrderBy(o => o.AnswerCount).ThenBy(o => o.EnterpriseId).ToPagedResultAsync(page, cancellationToken);
        return new PagedResult<WorkOrderDto>(await ToDtosAsync(campaign, rows.Items, period, cancellationToken), rows.TotalCount, rows.Page, rows.PageSize);
    }

    /// <summary>The reader's enterprises' work orders of campaigns running today, those still to answer first.</summary>
    public async Task<IReadOnlyList<WorkOrderDto>> MineAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        var campaigns = await (await scope.CampaignsAsync(cancellationToken))
            .Where(c => c.FirstDay <= today && c.LastDay >= today).ToListAsync(cancellationToken);
        var ids = campaigns.Select(c => c.Id).ToList();
        var orders = await (await scope.OrdersAsync(cancellationToken)).Where(o => ids.Contains(o.CampaignId)).ToListAsync(cancellationToken);
        var result = new List<WorkOrderDto>();
        foreach (var campaign in campaigns)
        {
            result.AddRange(await ToDtosAsync(campaign, orders.Where(o => o.CampaignId == campaign.Id).ToList(), WorkOrderPeriods.Of(campaign, today),
                cancellationToken));
        }
        return [.. result.OrderBy(o => o.Answered).ThenBy(o => o.Title, StringComparer.Ordinal)];
    }

    public async Task<WorkOrderDetailDto> GetOrderAsync(Guid id, CancellationToken cancellationToken)
    {
        var order = await scope.FindOrderAsync(id, cancellationToken);
        var campaign = await db.Set<WorkOrderCampaign>().IgnoreQueryFilters().AsNoTracking().FirstAsync(c => c.Id == order.CampaignId, cancellationToken);
        var row = (await ToDtosAsync(campaign, [order], WorkOrderPeriods.Of(campaign, Clamp(campaign, Today)), cancellationToken))[0];
        return new WorkOrderDetailDto(row, await ToDtoAsync(campaign, cancellationToken), await answers.ListAsync(order, cancellationToken));
    }

    private async Task<WorkOrderCampaignDto> ToDtoAsync(WorkOrderCampaign c, CancellationToken cancellationToken)
    {
        var period = WorkOrderPeriods.Of(c, Today);
        var orders = (await scope.OrdersAsync(cancellationToken)).Where(o => o.CampaignId == c.Id);
        var target = await orders.CountAsync(cancellationToken);
        var answered = period is { } p ? await AnsweredQuery(orders, p).CountAsync(cancellationToken) : 0;
        return new WorkOrderCampaignDto(c.Id, c.TenantId, c.Title, c.Measure, c.Frequency.ToString(), c.FirstDay, c.LastDay, c.MinPhotos, c.RequirePlace,
            c.CreatorName, c.CreationTime, period, target, answered, period is null ? null : Percentages.OneDecimal(answered, target));
    }

    private async Task<List<WorkOrderDto>> ToDtosAsync(WorkOrderCampaign campaign, IReadOnlyList<WorkOrder> orders, DateOnly? period,
        CancellationToken cancellationToken)
    {
        var ids = orders.Select(o => o.Id).ToList();
        var answeredIds = period is { } p
            ? (await db.Set<WorkOrderAnswer>().IgnoreQueryFilters().Where(a => a.Period == p && ids.Contains(a.WorkOrderId)).Select(a => a.WorkOrderId)
                .ToListAsync(cancellationToken)).ToHashSet()
            : [];
        var enterprises = await directory.GetAsync(orders.Select(o => o.EnterpriseId).Distinct().ToList(), cancellationToken);
        return [.. orders.Select(o => new WorkOrderDto(o.Id, campaign.Id, campaign.Title, campaign.Frequency.ToString(), o.TenantId, o.EnterpriseId,
            enterprises.GetValueOrDefault(o.EnterpriseId)?.Name ?? "", period, answeredIds.Contains(o.Id), o.AnswerCount, o.LastAnsweredTime))];
    }

    private IQueryable<WorkOrderAnswer> AnsweredQuery(IQueryable<WorkOrder> orders, DateOnly period)
    {
        var ids = orders.Select(o => o.Id);
        return db.Set<WorkOrderAnswer>().IgnoreQueryFilters().Where(a => a.Period == period && ids.Contains(a.WorkOrderId));
    }

    private static DateOnly Clamp(WorkOrderCampaign c, DateOnly day) => day < c.FirstDay ? c.FirstDay : day > c.LastDay ? c.LastDay : day;
}
