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
        // The register: one enterprise's points by level; the overviews: a town's points by level and category.
        builder.HasIndex(p => new { p.EnterpriseId, p.Status, p.Level });
        builder.HasIndex(p => new { p.TenantId, p.Status, p.Level });
        builder.HasIndex(p => p.CategoryId);
        builder.HasOne<RiskCategory>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Measures).WithOne().HasForeignKey(m => m.RiskPointId).OnDelete(DeleteBehavior.Cascade);
    }
}
