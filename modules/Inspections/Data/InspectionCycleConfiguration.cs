using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Data;

internal sealed class InspectionCycleConfiguration : IEntityTypeConfiguration<InspectionCycle>
{
    public void Configure(EntityTypeBuilder<InspectionCycle> builder)
    {
        builder.ToTable("InspectionsCycles");
        builder.Property(c => c.Tier).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        // One cycle per tier and period in a town: a second run of the opening job finds it instead of adding another.
        builder.HasIndex(c => new { c.TenantId, c.Tier, c.PeriodStart }).IsUnique();
    }
}
