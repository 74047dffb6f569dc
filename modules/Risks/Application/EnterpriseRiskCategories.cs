using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Risks;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>The kernel contract for other modules (exams' personalised papers): codes of the categories an enterprise's active risk points belong to.</summary>
internal sealed class EnterpriseRiskCategories(PortalDbContext db) : IEnterpriseRiskCategories
{
    public async Task<IReadOnlyList<string>> GetCodesAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        var categoryIds = db.Set<RiskPoint>().Where(p => p.EnterpriseId == enterpriseId && p.Status == RiskPointStatus.Active).Select(p => p.CategoryId);
        // Bureau categories (TenantId null) are shared with every town: lift the town filter for them only.
        return await db.Set<RiskCategory>().IgnoreQueryFilters().Where(c => categoryIds.Contains(c.Id)).Select(c => c.Code).Distinct()
            .ToListAsync(cancellationToken);
    }
}
