using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Data;

internal sealed class HazardConfiguration : IEntityTypeConfiguration<Hazard>
{
    public void Configure(EntityTypeBuilder<Hazard> builder)
    {
        builder.ToTable("InspectionsHazards");
        builder.Property(h => h.Description).HasMaxLength(Hazard.MaxDescriptionLength).IsRequired();
        builder.Property(h => h.Location).HasMaxLength(Hazard.MaxLocationLength);
        builder.Property(h => h.ResponsiblePerson).HasMaxLength(Hazard.MaxPersonLength);
        builder.Property(h => h.ReporterName).HasMaxLength(Hazard.MaxReporterNameLength).IsRequired();
        builder.Property(h => h.Level).HasConversion<string>().HasMaxLength(16);
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(h => new { h.TenantId, h.Status, h.ReportedTime });
        builder.HasIndex(h => new { h.EnterpriseId, h.ReportedTime });
    }
}
