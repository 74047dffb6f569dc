using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Data;

internal sealed class RiskCategoryVersionEntityConfiguration : IEntityTypeConfiguration<RiskCategoryVersion>
{
    public void Configure(EntityTypeBuilder<RiskCategoryVersion> builder)
    {
        builder.ToTable("RisksCategoryVersions");
        builder.Property(v => v.Name).HasMaxLength(RiskCategoryVersion.MaxNameLength).IsRequired();
        builder.Property(v => v.TypicalHazards).HasMaxLength(RiskCategoryVersion.MaxTextLength);
        builder.Property(v => v.ControlMeasures).HasMaxLength(RiskCategoryVersion.MaxTextLength).IsRequired();
        builder.Property(v => v.CheckPoints).HasMaxLength(RiskCategoryVersion.MaxTextLength).IsRequired();
        builder.HasIndex(v => new { v.CategoryId, v.VersionNumber }).IsUnique();
        builder.HasOne<RiskCategory>().WithMany().HasForeignKey(v => v.CategoryId).OnDelete(DeleteBehavior.Cascade);
    }
}
