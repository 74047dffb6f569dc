using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Data;

internal sealed class PlanCoverageEntityConfiguration : IEntityTypeConfiguration<PlanCoverage>
{
    public void Configure(EntityTypeBuilder<PlanCoverage> builder)
    {
        builder.ToTable("LearningPlanCoverage");
        builder.Property(c => c.HoursEarned).HasPrecision(14, 2);
        builder.Property(c => c.HoursRequired).HasPrecision(14, 2);
        // A rebuild replaces one town's rows of a plan; a learner's progress moves the row of their enterprise.
        builder.HasIndex(c => new { c.TenantId, c.PlanId, c.EnterpriseId, c.Deadline }).IsUnique();
    }
}
