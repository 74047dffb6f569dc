using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Data;

internal sealed class EnterpriseCoverageEntityConfiguration : IEntityTypeConfiguration<EnterpriseCoverage>
{
    public void Configure(EntityTypeBuilder<EnterpriseCoverage> builder)
    {
        builder.ToTable("LearningEnterpriseCoverage");
        builder.HasIndex(c => new { c.TenantId, c.EnterpriseId }).IsUnique();
    }
}
