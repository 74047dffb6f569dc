using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Learning.Application;

/// <summary>The kernel's ledger contract: adds to the shared context; the caller's SaveChanges writes the entry.</summary>
public sealed class CreditHourLedger(PortalDbContext db, ICurrentTenant tenant, TimeProvider clock, IServiceProvider services) : ICreditHourLedger
{
    public async Task<bool> AddAsync(CreditHourGrant grant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grant);
        if (grant.Hours <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(grant), "Credit hours must be positive.");
        }
        var pending = db.ChangeTracker.Entries<CreditHourEntry>().Any(e => e.State == EntityState.Added
            && e.Entity.UserId == grant.UserId && e.Entity.Source == grant.Source && e.Entity.SourceId == grant.SourceId);
        if (pending || await db.Set<CreditHourEntry>().IgnoreQueryFilters()
                .AnyAsync(e => e.UserId == grant.UserId && e.Source == grant.Source && e.SourceId == grant.SourceId, cancellationToken))
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new CreditHourEntry
        {
            TenantId = tenant.Id,
            UserId = grant.UserId,
            EnterpriseId = await EnterpriseOfAsync(grant.UserId, cancellationToken),
            Year = ChinaCalendar.YearOf(now),
            Hours = decimal.Round(grant.Hours, 2),
            Source = grant.Source,
            SourceId = grant.SourceId,
            CourseId = grant.CourseId,
            Title = grant.Title.Length > CreditHourEntry.MaxTitleLength ? grant.Title[..CreditHourEntry.MaxTitleLength] : grant.Title,
            EarnedTime = now,
        });
        return true;
    }

    /// <summary>The enterprise of the user's first membership (Organization answers when it is composed).</summary>
    private async Task<Guid?> EnterpriseOfAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (tenant.Id is null || services.GetService<IUserOrganizationUnitLookup>() is not { } lookup)
        {
            return null;
        }
        var units = await lookup.GetForUserAsync(userId, cancellationToken);
        return units.Select(u => u.EnterpriseId).FirstOrDefault(e => e is not null);
    }
}
