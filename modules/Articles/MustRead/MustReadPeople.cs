using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Articles.MustRead;

/// <summary>The people of one assignment the user may see (who has not read it, by default), by name, with enterprise and unit names.</summary>
public sealed class MustReadPeople(PortalDbContext db, ReadMustRead read, IEnterpriseDirectory directory, IStaffRoster roster)
{
    public const int MaxExportRows = 100_000;

    public async Task<PagedResult<MustReadPersonDto>> ListAsync(Guid assignmentId, MustReadPeopleFilter filter, PageRequest page,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var rows = await QueryAsync(assignmentId, filter, page.SearchText, cancellationToken);
        var result = await rows.ToPagedResultAsync(page, cancellationToken);
        return new PagedResult<MustReadPersonDto>(await NameAsync(result.Items, cancellationToken), result.TotalCount, result.Page, result.PageSize);
    }

    public async Task<IReadOnlyList<MustReadPersonDto>> AllAsync(Guid assignmentId, MustReadPeopleFilter filter, string? search,
        CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync(assignmentId, filter, string.IsNullOrWhiteSpace(search) ? null : search.Trim(), cancellationToken);
        return await NameAsync(await rows.Take(MaxExportRows).ToListAsync(cancellationToken), cancellationToken);
    }

    private async Task<IQueryable<MustReadPersonDto>> QueryAsync(Guid assignmentId, MustReadPeopleFilter filter, string? search,
        CancellationToken cancellationToken)
    {
        var assignment = await read.GetAsync(assignmentId, cancellationToken);
        var recipients = (await read.RecipientsAsync(cancellationToken)).Where(r => r.AssignmentId == assignment.Id);
        recipients = filter switch
        {
            MustReadPeopleFilter.Read => recipients.Where(r => r.ReadToEndAt != null),
            MustReadPeopleFilter.All => recipients,
            _ => recipients.Where(r => r.ReadToEndAt == null),
        };
        var rows = from r in recipients
                   join u in db.Set<PortalUser>() on r.UserId equals u.Id
                   select new { r, u.DisplayName };
        if (search is not null)
        {
            rows = rows.Where(x => x.DisplayName.Contains(search));
        }
        return rows.OrderBy(x => x.DisplayName).ThenBy(x => x.r.UserId)
            .Select(x => new MustReadPersonDto(x.r.UserId, x.DisplayName, x.r.EnterpriseId, "", x.r.UnitId, null, x.r.ReadToEndAt));
    }

    private async Task<IReadOnlyList<MustReadPersonDto>> NameAsync(IReadOnlyList<MustReadPersonDto> rows, CancellationToken cancellationToken)
    {
        var enterprises = await directory.GetAsync([.. rows.Select(r => r.EnterpriseId).Distinct()], cancellationToken);
        var unitIds = rows.Select(r => r.UnitId).Distinct().ToList();
        var units = await roster.GetUnitNamesAsync(unitIds, cancellationToken);
        return [.. rows.Select(r => r with
        {
            EnterpriseName = enterprises.GetValueOrDefault(r.EnterpriseId)?.Name ?? "",
            UnitName = units.GetValueOrDefault(r.UnitId),
        })];
    }
}
