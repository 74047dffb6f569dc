using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Risks.Screening.Domain;

namespace SafetyPortal.Risks.Screening.Data;

internal sealed class SavedScreeningEntityConfiguration : IEntityTypeConfiguration<SavedScreening>
{
    public void Configure(EntityTypeBuilder<SavedScreening> builder)
    {
        builder.ToTable("RisksSavedScreenings");
        builder.Property(s => s.Name).HasMaxLength(SavedScreening.MaxNameLength).IsRequired();
        builder.Property(s => s.ConditionsJson).IsRequired();
        builder.Property(s => s.OwnerName).HasMaxLength(64);
        builder.HasIndex(s => new { s.TenantId, s.OwnerId });
    }
}
