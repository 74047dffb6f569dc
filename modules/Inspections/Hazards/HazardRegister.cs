using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Inspections.Hazards;

/// <summary>The hazard register (隐患台账) of the enterprise, town or bureau: filtered pages, one hazard, the counts, the export rows.</summary>
public sealed class HazardRegister(HazardScope scope, IEnterpriseDirectory directory, IStringLocalizer<InspectionsResource> text, TimeProvider clock)
{
    /// <summary>The most rows an export writes; past it the user is asked to narrow the filter.</summary>
    public const int MaxExportRows = 50_000;

    public async Task<PagedResult<HazardDto>> ListAsync(HazardFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var query = await FilteredAsync(filter, page.SearchText, cancellationToken);
        var rows = await query.OrderByDescending(h => h.ReportedTime).ThenBy(h => h.Id).ToPagedResultAsync(page, cancellationToken);
        return new PagedResult<HazardDto>(await ToDtosAsync(rows.Items, cancellationToken), rows.TotalCount, rows.Page, rows.PageSize);
    }

    public async Task<HazardDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await ToDtosAsync([await scope.FindAsync(id, cancellationToken)], cancellationToken))[0];

    public async Task<HazardSummaryDto> SummaryAsync(HazardFilter filter, string? search, CancellationToken cancellationToken)
    {
        var now = Now;
        var query = await FilteredAsync(filter, search, cancellationToken);
        // One grouped query for all four counts; no group at all when nothing matches.
        var counts = (await query.GroupBy(_ => 1).Select(g => new
        {
            Total = g.Count(),
            Closed = g.Count(h => h.Status == HazardStatus.Closed),
            Overdue = g.Count(h => h.Status == HazardStatus.Rectifying && h.Deadline < now),
            Major = g.Count(h => h.Level == HazardLevel.Major),
        }).ToListAsync(cancellationToken)).SingleOrDefault();
        if (counts is null)
        {
            return new HazardSummaryDto(0, 0, 0, 0, 0, null);
        }
        var rate = Percentages.OneDecimal(counts.Closed, counts.Total);
        return new HazardSummaryDto(counts.Total, counts.Closed, counts.Total - counts.Closed, counts.Overdue, counts.Major, rate);
    }

    /// <summary>Every row the filter selects, newest first, for the Excel export; a 400 when there are too many.</summary>
    public async Task<IReadOnlyList<HazardDto>> AllAsync(HazardFilter filter, string? search, CancellationToken cancellationToken)
    {
        var query = await FilteredAsync(filter, search, cancellationToken);
        var rows = await query.OrderByDescending(h => h.ReportedTime).ThenBy(h => h.Id).Take(MaxExportRows + 1).ToListAsync(cancellationToken);
        if (rows.Count > MaxExportRows)
        {
            throw ValidationException.For("filter", text["Hazard.ExportTooMany", MaxExportRows]);
        }
        return await ToDtosAsync(rows, cancellationToken);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<IQueryable<Hazard>> FilteredAsync(HazardFilter filter, string? search, CancellationToken cancellationToken)
    {
        var query = await scope.VisibleAsync(filter.TownId, cancellationToken);
        if (filter.Status is { } status)
        {
            query = query.Where(h => h.Status == status);
        }
        if (filter.Level is { } level)
        {
            query = query.Where(h => h.Level == level);
        }
        if (filter.EnterpriseId is { } enterpriseId)
        {
            query = query.Where(h => h.EnterpriseId == enterpriseId);
        }
        if (filter.Overdue is { } overdue)
        {
            var now = Now;
            query = overdue
                ? query.Where(h => h.Status == HazardStatus.Rectifying && h.Deadline < now)
                : query.Where(h => h.Status != HazardStatus.Rectifying || h.Deadline == null || h.Deadline >= now);
        }
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            query = query.Where(h => h.Description.Contains(text) || (h.Location != null && h.Location.Contains(text)));
        }
        return query;
    }

    private async Task<IReadOnlyList<HazardDto>> ToDtosAsync(IReadOnlyList<Hazard> hazards, CancellationToken cancellationToken)
    {
        var enterprises = await directory.GetAsync(hazards.Select(h => h.EnterpriseId).Distinct().ToList(), cancellationToken);
        var now = Now;
        return hazards.Select(h => new HazardDto(h.Id, h.TenantId, h.EnterpriseId,
            enterprises.TryGetValue(h.EnterpriseId, out var enterprise) ? enterprise.Name : "",
            h.Description, h.Location, h.Level.ToString(), h.Status.ToString(),
            h.Status == HazardStatus.Rectifying && h.Deadline < now, h.ResponsiblePerson, h.ReporterName,
            h.ReportedTime, h.Deadline, h.RectifiedTime, h.ClosedTime, h.InstanceId, h.InspectionTaskId, h.RiskPointId)).ToList();
    }
}
