using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Data;

internal sealed class RiskPointEntityConfiguration : IEntityTypeConfiguration<RiskPoint>
{
    public void Configure(EntityTypeBuilder<RiskPoint> builder)
    {
        builder.ToTable("RisksPoints");
        builder.Property(p => p.Name).HasMaxLength(RiskPoint.MaxNameLength).IsRequired();
        builder.Property(p => p.Location).HasMaxLength(RiskPoint.MaxLocationLength).IsRequired();
        builder.Property(p => p.Equipment).HasMaxLength(RiskPoint.MaxEquipmentLength);
        builder.Property(p => p.ResponsiblePerson).HasMaxLength(RiskPoint.MaxPersonLength);
        builder.Property(p => p.ResponsiblePhone).HasMaxLength(20);
        builder.Property(p => p.ReturnReason).HasMaxLength(RiskPoint.MaxReasonLength);
        builder.Property(p => p.Likelihood).HasPrecision(6, 2);
        builder.Property(p => p.Exposure).HasPrecision(6, 2);
        builder.Property(p => p.Severity).HasPrecision(6, 2);
        builder.Property(p => p.Score).HasPrecision(10, 2);
        builder.Ignore(p => p.Assessment);
        // The register: one enterprise's points by level.
        builder.HasIndex(p => new { p.EnterpriseId, p.Status, p.Level });
        // The overviews group a town's (or every town's) active points by level, category and enterprise: this index
        // covers all of those queries, so they read the index alone (1.2 s → tens of ms for a town of 26,000 points).
        builder.HasIndex(p => new { p.TenantId, p.Status, p.Level, p.CategoryId, p.EnterpriseId });
        builder.HasIndex(p => p.CategoryId);
        builder.HasOne<RiskCategory>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Measures).WithOne().HasForeignKey(m => m.RiskPointId).OnDelete(DeleteBehavior.Cascade);
    }
}
