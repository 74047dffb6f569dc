using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Data;

internal sealed class ChecklistPhotoConfiguration : IEntityTypeConfiguration<ChecklistPhoto>
{
    public void Configure(EntityTypeBuilder<ChecklistPhoto> builder)
    {
        builder.ToTable("InspectionsChecklistPhotos");
        EvidencePhotoColumns.Configure(builder);
        builder.HasIndex(p => new { p.TaskId, p.ItemId });
        // The same picture shown again for this enterprise (a perfunctory inspection's tell).
        builder.HasIndex(p => new { p.EnterpriseId, p.Sha256 });
    }
}
