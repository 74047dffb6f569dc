using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Data;

/// <summary>The columns every kind of evidence photo has.</summary>
internal static class EvidencePhotoColumns
{
    public static void Configure<T>(EntityTypeBuilder<T> builder) where T : EvidencePhoto
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(EvidencePhoto.MaxNameLength).IsRequired();
        builder.Property(p => p.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(p => p.Sha256).HasMaxLength(64).IsRequired();
        builder.Property(p => p.UploadedBy).HasMaxLength(Hazard.MaxReporterNameLength).IsRequired();
    }
}
