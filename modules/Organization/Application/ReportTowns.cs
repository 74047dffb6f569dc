using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Organization.Application;

/// <summary>
/// The bureau's overview across towns. It reads every town's rows, so it runs only on the bureau side: the one
/// explicit crossing of the town filter in this module, three grouped queries whatever the number of enterprises.
/// </summary>
public sealed class ReportTowns(PortalDbContext db, ICurrentTenant currentTenant, IStringLocalizer<OrganizationResource> text)
{
    public async Task<TownOverviewDto> GetAsync(CancellationToken cancellationToken = default)
    {
        if (currentTenant.IsAvailable)
        {
            throw new ForbiddenException(text["TownOverviewBureauOnly"]);
        }
        var towns = await db.Set<Tenant>().AsNoTracking().OrderBy(t => t.Code)
            .Select(t => new { t.Id, t.Code, t.Name, t.IsActive }).ToListAsync(cancellationToken);
        var enterprises = await db.Set<EnterpriseProfile>().IgnoreQueryFilters().AsNoTracking()
            .GroupBy(e => e.TenantId)
            .Select(g => new
            {
                TenantId = g.Key,
                Count = g.Count(),
                ConfinedSpace = g.Count(e => (e.KeySites & KeySites.ConfinedSpace) != 0),
                CombustibleDust = g.Count(e => (e.KeySites & KeySites.CombustibleDust) != 0),
                HazardousChemicals = g.Count(e => (e.KeySites & KeySites.HazardousChemicals) != 0),
                Metallurgy = g.Count(e => (e.KeySites & KeySites.Metallurgy) != 0),
                AmmoniaRefrigeration = g.Count(e => (e.KeySites & KeySites.AmmoniaRefrigeration) != 0),
                SpecialOperations = g.Count(e => (e.KeySites & KeySites.SpecialOperations) != 0),
                GradeA = g.Count(e => e.RegulatoryGrade == RegulatoryGrade.A),
                GradeB = g.Count(e => e.RegulatoryGrade == RegulatoryGrade.B),
                GradeC = g.Count(e => e.RegulatoryGrade == RegulatoryGrade.C),
                GradeD = g.Count(e => e.RegulatoryGrade == RegulatoryGrade.D),
            })
            .ToDictionaryAsync(e => e.TenantId ?? Guid.Empty, cancellationToken);
        var staff = await db.Set<OrganizationUnitMember>().IgnoreQueryFilters().AsNoTracking()
            .GroupBy(m => m.TenantId)
            .Select(g => new { TenantId = g.Key, Count = g.Select(m => m.UserId).Distinct().Count() })
            .ToDictionaryAsync(m => m.TenantId ?? Guid.Empty, m => m.Count, cancellationToken);

        var rows = towns.Select(t =>
        {
            var e = enterprises.GetValueOrDefault(t.Id);
            return new TownOverviewRow(t.Id, t.Code, t.Name, t.IsActive, e?.Count ?? 0, staff.GetValueOrDefault(t.Id),
                e?.ConfinedSpace ?? 0, e?.CombustibleDust ?? 0, e?.HazardousChemicals ?? 0, e?.Metallurgy ?? 0,
                e?.AmmoniaRefrigeration ?? 0, e?.SpecialOperations ?? 0, e?.GradeA ?? 0, e?.GradeB ?? 0, e?.GradeC ?? 0, e?.GradeD ?? 0);
        }).ToList();
        return new TownOverviewDto(rows, Sum(rows, text["TownOverviewTotal"]));
    }

    private static TownOverviewRow Sum(IReadOnlyList<TownOverviewRow> rows, string name) => new(
        Guid.Empty, "", name, true,
        rows.Sum(r => r.Enterprises), rows.Sum(r => r.Staff),
        rows.Sum(r => r.ConfinedSpace), rows.Sum(r => r.CombustibleDust), rows.Sum(r => r.HazardousChemicals),
        rows.Sum(r => r.Metallurgy), rows.Sum(r => r.AmmoniaRefrigeration), rows.Sum(r => r.SpecialOperations),
        rows.Sum(r => r.GradeA), rows.Sum(r => r.GradeB), rows.Sum(r => r.GradeC), rows.Sum(r => r.GradeD));
}
