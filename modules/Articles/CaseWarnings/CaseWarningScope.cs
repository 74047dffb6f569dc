using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>
/// Which articles the user reaches. Readers see published articles of the bureau (TenantId null) and of their town whose
/// publishing time has come; managers also see every article of their own side (the bureau's on the host, the town's in a
/// town), drafts included. The kernel's town filter would hide the bureau's rows from a town, so these reads lift it and
/// put back exactly "bureau or mine".
/// </summary>
public sealed class CaseWarningScope(PortalDbContext db, SignedInUser user, TimeProvider clock)
{
    public IQueryable<T> BureauOrMine<T>() where T : class, IMultiTenant
    {
        var town = user.TenantId;
        return db.Set<T>().IgnoreQueryFilters().Where(e => e.TenantId == null || e.TenantId == town);
    }

    /// <summary>Published articles whose time has come: the reading list.</summary>
    public IQueryable<CaseWarning> Published()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return BureauOrMine<CaseWarning>().Where(a => a.Status == CaseWarningStatus.Published && a.PublishAt <= now);
    }

    /// <summary>The current side's own articles, whatever their status.</summary>
    public IQueryable<CaseWarning> Own()
    {
        var town = user.TenantId;
        return db.Set<CaseWarning>().IgnoreQueryFilters().Where(a => a.TenantId == town);
    }

    /// <summary>An article the user may read (published for them, or their side's own when they manage), else 404.</summary>
    public async Task<CaseWarning> FindReadableAsync(Guid id, CancellationToken cancellationToken)
    {
        var article = await Published().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null && await user.IsGrantedAsync(ArticlesPermissions.CaseWarnings.Manage))
        {
            article = await Own().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        }
        return article ?? throw new EntityNotFoundException(typeof(CaseWarning), id);
    }

    /// <summary>An article the user may change (tracked, with tags): 404 when they cannot see it, 403 when they see but do not own it.</summary>
    public async Task<CaseWarning> FindOwnAsync(Guid id, CancellationToken cancellationToken)
    {
        var article = await Own().Include(a => a.Tags).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is not null)
        {
            return article;
        }
        _ = await FindReadableAsync(id, cancellationToken);
        throw new ForbiddenException("Only the article's owner changes it.");
    }
}
