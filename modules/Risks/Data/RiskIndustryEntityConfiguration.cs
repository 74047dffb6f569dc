using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Data;

internal sealed class RiskIndustryEntityConfiguration : IEntityTypeConfiguration<RiskIndustry>
{
    public void Configure(EntityTypeBuilder<RiskIndustry> builder)
    {
        builder.ToTable("RisksIndustries");
        builder.Property(i => i.Code).HasMaxLength(RiskIndustry.MaxCodeLength).IsRequired();
        builder.Property(i => i.Name).HasMaxLength(RiskIndustry.MaxNameLength).IsRequired();
        builder.HasIndex(i => new { i.TenantId, i.Code }).IsUnique();
    }
}
