using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Screening.Data;

/// <summary>
/// Indexes the screening conditions read (in addition to RiskPointEntityConfiguration's): each condition is one
/// grouped query by enterprise, so these cover it without reading the rows. TenantId comes last: the bureau's
/// query across every town and a town's own both read the same index entries and check the town there.
/// </summary>
internal sealed class RiskPointScreeningIndexes : IEntityTypeConfiguration<RiskPoint>
{
    public void Configure(EntityTypeBuilder<RiskPoint> builder)
    {
        builder.HasIndex(p => new { p.Status, p.Level, p.EnterpriseId, p.TenantId });
        builder.HasIndex(p => new { p.Status, p.Verification, p.EnterpriseId, p.TenantId });
        builder.HasIndex(p => new { p.CategoryId, p.Status, p.EnterpriseId, p.TenantId });
    }
}
