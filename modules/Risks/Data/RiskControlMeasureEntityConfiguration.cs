using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Data;

internal sealed class RiskControlMeasureEntityConfiguration : IEntityTypeConfiguration<RiskControlMeasure>
{
    public void Configure(EntityTypeBuilder<RiskControlMeasure> builder)
    {
        builder.ToTable("RisksControlMeasures");
        builder.Property(m => m.Description).HasMaxLength(RiskControlMeasure.MaxDescriptionLength).IsRequired();
        builder.Property(m => m.ResponsibleRole).HasMaxLength(RiskControlMeasure.MaxRoleLength).IsRequired();
    }
}
