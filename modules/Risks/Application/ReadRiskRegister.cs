using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>Risk registers and risk-point cards, within the user's reach.</summary>
public sealed class ReadRiskRegister(PortalDbContext db, RiskPointScope scope, RiskCatalogueScope catalogue, IEnterpriseDirectory directory)
{
    public async Task<PagedResult<RiskPointDto>> ListAsync(PageRequest page, RiskPointFilter filter, CancellationToken cancellationToken = default)
    {
        var result = await Rows(await FilteredAsync(page, filter, cancellationToken)).ToPagedResultAsync(page, cancellationToken);
        return result with { Items = await WithEnterpriseNamesAsync(result.Items, cancellationToken) };
    }

    /// <summary>Every row of the filtered register, for the export (streamed by the caller).</summary>
    public async Task<IReadOnlyList<RiskPointDto>> ListAllAsync(PageRequest page, RiskPointFilter filter, CancellationToken cancellationToken = default) =>
        await WithEnterpriseNamesAsync(await Rows(await FilteredAsync(page, filter, cancellationToken)).ToListAsync(cancellationToken), cancellationToken);

    public async Task<RiskPointCardDto> GetCardAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var p = await (await scope.PointsAsync(cancellationToken)).AsNoTracking().Include(x => x.Measures)
            .FirstOrDefaultAsync(x => x.Id == id, cancellationToken) ?? throw new EntityNotFoundException(typeof(RiskPoint), id);
        var version = await catalogue.Versions().AsNoTracking()
            .FirstAsync(v => v.CategoryId == p.CategoryId && v.VersionNumber == p.CategoryVersion, cancellationToken);
        var code = await catalogue.Categories().Where(c => c.Id == p.CategoryId).Select(c => c.Code).FirstAsync(cancellationToken);
        var history = await db.Set<RiskPointChange>().AsNoTracking().Where(c => c.RiskPointId == id)
            .OrderByDescending(c => c.CreationTime).ToListAsync(cancellationToken);
        var enterprise = (await directory.GetAsync([p.EnterpriseId], cancellationToken)).GetValueOrDefault(p.EnterpriseId);
        return new RiskPointCardDto(p.Id, p.EnterpriseId, enterprise?.Name, p.CategoryId, code, p.CategoryVersion,
            p.Name, p.Location, p.Equipment, p.Method, p.Likelihood, p.Exposure, p.Severity, p.Score, p.Level,
            p.ResponsiblePerson, p.ResponsiblePhone, p.Status, p.Verification, p.ReturnReason, p.VerifiedTime,
            [.. p.Measures.OrderBy(m => m.SortOrder).Select(m => new MeasureDto(m.Description, m.Frequency, m.ResponsibleRole))],
            CategoryVersionDto.From(version),
            [.. history.Select(h => new RiskPointChangeDto(h.Kind, h.UserName, h.CreationTime, TextLines.Split(h.Summary), h.Reason, h.Level, h.Verification))],
            p.ConcurrencyStamp);
    }

    private async Task<IQueryable<RiskPoint>> FilteredAsync(PageRequest page, RiskPointFilter filter, CancellationToken cancellationToken)
    {
        var query = (await scope.PointsAsync(cancellationToken)).AsNoTracking();
        if (filter.EnterpriseId is { } enterpriseId)
        {
            query = query.Where(p => p.EnterpriseId == enterpriseId);
        }
        if (filter.Level is { } level)
        {
            query = query.Where(p => p.Level == level);
        }
        if (filter.CategoryId is { } categoryId)
        {
            query = query.Where(p => p.CategoryId == categoryId);
        }
        var status = filter.Status ?? RiskPointStatus.Active;
        query = query.Where(p => p.Status == status);
        if (filter.Verification is { } verification)
        {
            query = query.Where(p => p.Verification == verification);
        }
        if (filter.KeySite is { } site and not KeySites.None)
        {
            var categories = catalogue.Categories().Where(c => (c.KeySites & site) != 0).Select(c => c.Id);
            query = query.Where(p => categories.Contains(p.CategoryId));
        }
        if (page.SearchText is { } search)
        {
            query = query.Where(p => p.Name.Contains(search) || p.Location.Contains(search)
                || (p.Equipment != null && p.Equipment.Contains(search)) || (p.ResponsiblePerson != null && p.ResponsiblePerson.Contains(search)));
        }
        return query;
    }

    private IQueryable<RiskPointDto> Rows(IQueryable<RiskPoint> points) =>
        from p in points
        join c in catalogue.Categories() on p.CategoryId equals c.Id
        orderby p.Level, c.Code, p.Location, p.Id
        select new RiskPointDto(p.Id, p.EnterpriseId, null, p.CategoryId, c.Code, c.Name, p.Name, p.Location, p.Equipment,
            p.Method, p.Score, p.Level, p.ResponsiblePerson, p.Status, p.Verification, p.LastModificationTime ?? p.CreationTime);

    private async Task<IReadOnlyList<RiskPointDto>> WithEnterpriseNamesAsync(IReadOnlyList<RiskPointDto> rows, CancellationToken cancellationToken)
    {
        var names = await directory.GetAsync([.. rows.Select(r => r.EnterpriseId).Distinct()], cancellationToken);
        return [.. rows.Select(r => r with { EnterpriseName = names.GetValueOrDefault(r.EnterpriseId)?.Name })];
    }
}
