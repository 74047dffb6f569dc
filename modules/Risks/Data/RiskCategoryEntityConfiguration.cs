using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Data;

internal sealed class RiskCategoryEntityConfiguration : IEntityTypeConfiguration<RiskCategory>
{
    public void Configure(EntityTypeBuilder<RiskCategory> builder)
    {
        builder.ToTable("RisksCategories");
        builder.Property(c => c.Code).HasMaxLength(RiskCategory.MaxCodeLength).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(RiskCategoryVersion.MaxNameLength).IsRequired();
        // Unique per owner; "no town code shadows a host code" is checked by the use case (a NULL TenantId is not unique in SQL).
        builder.HasIndex(c => new { c.TenantId, c.Code }).IsUnique();
        builder.HasIndex(c => c.Code);
        builder.HasOne<RiskIndustry>().WithMany().HasForeignKey(c => c.IndustryId).OnDelete(DeleteBehavior.Restrict);
    }
}
