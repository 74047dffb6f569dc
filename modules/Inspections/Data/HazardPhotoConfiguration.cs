using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Data;

internal sealed class HazardPhotoConfiguration : IEntityTypeConfiguration<HazardPhoto>
{
    public void Configure(EntityTypeBuilder<HazardPhoto> builder)
    {
        builder.ToTable("InspectionsHazardPhotos");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(HazardPhoto.MaxNameLength).IsRequired();
        builder.Property(p => p.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(p => p.UploadedBy).HasMaxLength(Hazard.MaxReporterNameLength).IsRequired();
        builder.Property(p => p.Stage).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => new { p.HazardId, p.Stage });
    }
}
