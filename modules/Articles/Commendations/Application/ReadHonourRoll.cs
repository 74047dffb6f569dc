using Microsoft.EntityFrameworkCore;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>
/// 光荣榜: published lists, without their excluded lines. A town's staff (enterprise staff too) see the town's; the
/// bureau sees every town's (host-only cross-town read).
/// </summary>
public sealed class ReadHonourRoll(PortalDbContext db, CommendationScope scope)
{
    public async Task<PagedResult<CommendationListSummaryDto>> ListAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var names = await scope.TownNamesAsync(cancellationToken);
        var result = await Published().AsNoTracking().OrderByDescending(l => l.PublishedTime).ThenBy(l => l.Id)
            .Select(CommendationListSummaryDto.Projection)
            .ToPagedResultAsync(page, cancellationToken);
        return result with { Items = [.. result.Items.Select(l => l with { TownName = names.GetValueOrDefault(l.TownId ?? Guid.Empty) })] };
    }

    public async Task<CommendationListDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var list = await Published().AsNoTracking().Include(l => l.Entries).FirstOrDefaultAsync(l => l.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(CommendationList), id);
        return CommendationListDto.From(list, (await scope.TownNamesAsync(cancellationToken)).GetValueOrDefault(list.TenantId ?? Guid.Empty), publishedOnly: true);
    }

    private IQueryable<CommendationList> Published()
    {
        var lists = scope.IsBureau ? db.Set<CommendationList>().IgnoreQueryFilters().Where(l => l.TenantId != null) : db.Set<CommendationList>();
        return lists.Where(l => l.Status == CommendationStatus.Published);
    }

}
