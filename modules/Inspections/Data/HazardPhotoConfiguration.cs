using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Data;

internal sealed class HazardPhotoConfiguration : IEntityTypeConfiguration<HazardPhoto>
{
    public void Configure(EntityTypeBuilder<HazardPhoto> builder)
    {
        builder.ToTable("InspectionsHazardPhotos");
        EvidencePhotoColumns.Configure(builder);
        builder.Property(p => p.Stage).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(p => new { p.HazardId, p.Stage });
    }
}
