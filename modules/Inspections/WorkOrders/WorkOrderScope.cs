using Microsoft.EntityFrameworkCore;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>
/// Which campaigns and work orders a reader sees. The bureau: every campaign and work order. A town: its own campaigns and
/// the bureau's that reach its enterprises, its own work orders. Enterprise staff: their enterprises' work orders and the
/// campaigns behind them. Bureau campaigns are host rows that towns read: the town filter is lifted for them only.
/// </summary>
public sealed class WorkOrderScope(PortalDbContext db, SignedInUser user)
{
    public bool IsBureau => user.TenantId is null;

    public Task<IQueryable<WorkOrder>> OrdersAsync(CancellationToken cancellationToken) => db.VisibleAsync<WorkOrder>(user, null, cancellationToken);

    public async Task<IQueryable<WorkOrderCampaign>> CampaignsAsync(CancellationToken cancellationToken)
    {
        var all = db.Set<WorkOrderCampaign>().IgnoreQueryFilters().AsNoTracking();
        if (IsBureau)
        {
            return all;
        }
        var town = user.TenantId;
        var reached = (await OrdersAsync(cancellationToken)).Select(o => o.CampaignId);
        return await user.VisibleEnterprisesAsync(cancellationToken) is null
            ? all.Where(c => c.TenantId == town || (c.TenantId == null && reached.Contains(c.Id)))
            : all.Where(c => reached.Contains(c.Id));
    }

    public async Task<WorkOrderCampaign> FindCampaignAsync(Guid id, CancellationToken cancellationToken) =>
        await (await CampaignsAsync(cancellationToken)).FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(WorkOrderCampaign), id);

    public async Task<WorkOrder> FindOrderAsync(Guid id, CancellationToken cancellationToken) =>
        await (await OrdersAsync(cancellationToken)).FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(WorkOrder), id);
}
