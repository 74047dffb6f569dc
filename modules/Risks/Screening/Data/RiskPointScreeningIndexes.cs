using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Screening.Data;

/// <summary>
/// Indexes the screening conditions read (in addition to RiskPointEntityConfiguration's): each condition is one
/// grouped query by enterprise, so these cover it without reading the rows — the bureau's across every town
/// (leading Status), a town's (leading TenantId), and by category.
/// </summary>
internal sealed class RiskPointScreeningIndexes : IEntityTypeConfiguration<RiskPoint>
{
    public void Configure(EntityTypeBuilder<RiskPoint> builder)
    {
        builder.HasIndex(p => new { p.Status, p.Level, p.EnterpriseId });
        builder.HasIndex(p => new { p.TenantId, p.Status, p.Level, p.EnterpriseId });
        builder.HasIndex(p => new { p.Status, p.Verification, p.EnterpriseId });
        builder.HasIndex(p => new { p.CategoryId, p.Status, p.EnterpriseId });
    }
}
