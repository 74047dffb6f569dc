using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Articles.CaseWarnings;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Articles.MustRead;

/// <summary>
/// Must-read assignments as managers see them, and a reader's own. Town staff see every assignment of the town;
/// enterprise staff those that reached their enterprises, counted over their enterprises' people only.
/// </summary>
public sealed class ReadMustRead(PortalDbContext db, SignedInUser user, TimeProvider clock)
{
    public async Task<PagedResult<MustReadAssignmentDto>> ListAsync(PageRequest page, Guid? articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        var assignments = await VisibleAsync(cancellationToken);
        if (articleId is { } article)
        {
            assignments = assignments.Where(a => a.ArticleId == article);
        }
        if (page.SearchText is { } search)
        {
            assignments = assignments.Where(a => a.ArticleTitle.Contains(search));
        }
        var result = await assignments.OrderByDescending(a => a.CreationTime).ThenBy(a => a.Id).ToPagedResultAsync(page, cancellationToken);
        var ids = result.Items.Select(a => a.Id).ToList();
        var counts = await (await RecipientsAsync(cancellationToken)).Where(r => ids.Contains(r.AssignmentId))
            .GroupBy(r => r.AssignmentId)
            .Select(g => new { g.Key, Total = g.Count(), Read = g.Count(r => r.ReadToEndAt != null) })
            .ToDictionaryAsync(c => c.Key, cancellationToken);
        return new PagedResult<MustReadAssignmentDto>([.. result.Items.Select(a => new MustReadAssignmentDto(a.Id, a.ArticleId, a.ArticleTitle,
                a.EnterpriseId is not null, a.OrganizationUnitCode, a.Audience, a.CreditHours, a.Deadline, a.CreationTime,
                counts.GetValueOrDefault(a.Id)?.Total ?? 0, counts.GetValueOrDefault(a.Id)?.Read ?? 0))],
            result.TotalCount, result.Page, result.PageSize);
    }

    /// <summary>An assignment the user may follow, else 404.</summary>
    public async Task<MustReadAssignment> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await (await VisibleAsync(cancellationToken)).FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(MustReadAssignment), id);

    /// <summary>The signed-in user's own must-reads: open ones first (soonest deadline first), then those done, newest first.</summary>
    public async Task<IReadOnlyList<MyMustReadDto>> MineAsync(CancellationToken cancellationToken = default)
    {
        var me = user.Id;
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await (from r in db.Set<MustReadRecipient>()
                          join a in db.Set<MustReadAssignment>() on r.AssignmentId equals a.Id
                          where r.UserId == me
                          select new { a.Id, a.ArticleId, a.ArticleTitle, a.CreditHours, a.Deadline, r.ReadToEndAt, a.CreationTime })
            .AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.ReadToEndAt is not null).ThenBy(r => r.Deadline ?? DateTime.MaxValue).ThenByDescending(r => r.CreationTime)
            .Select(r => new MyMustReadDto(r.Id, r.ArticleId, r.ArticleTitle, r.CreditHours, r.Deadline, r.ReadToEndAt,
                r.ReadToEndAt is null && r.Deadline < now))];
    }

    /// <summary>The recipients the user may see: the town's, or their enterprises' people.</summary>
    public async Task<IQueryable<MustReadRecipient>> RecipientsAsync(CancellationToken cancellationToken)
    {
        var visible = await user.VisibleEnterprisesAsync(cancellationToken);
        var recipients = db.Set<MustReadRecipient>().AsNoTracking();
        return visible is null ? recipients : recipients.Where(r => visible.Contains(r.EnterpriseId));
    }

    private async Task<IQueryable<MustReadAssignment>> VisibleAsync(CancellationToken cancellationToken)
    {
        var visible = await user.VisibleEnterprisesAsync(cancellationToken);
        var assignments = db.Set<MustReadAssignment>().AsNoTracking();
        if (visible is null)
        {
            return assignments;
        }
        var reached = db.Set<MustReadRecipient>().Where(r => visible.Contains(r.EnterpriseId)).Select(r => r.AssignmentId);
        return assignments.Where(a => (a.OwnerEnterpriseId != null && visible.Contains(a.OwnerEnterpriseId.Value)) || reached.Contains(a.Id));
    }
}
