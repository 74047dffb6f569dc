using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Data;

internal sealed class RiskPointChangeEntityConfiguration : IEntityTypeConfiguration<RiskPointChange>
{
    public void Configure(EntityTypeBuilder<RiskPointChange> builder)
    {
        builder.ToTable("RisksPointChanges");
        builder.Property(c => c.UserName).HasMaxLength(256);
        builder.Property(c => c.Summary).HasMaxLength(RiskPointChange.MaxSummaryLength);
        builder.Property(c => c.Reason).HasMaxLength(RiskPoint.MaxReasonLength);
        builder.HasIndex(c => new { c.RiskPointId, c.CreationTime });
        builder.HasOne<RiskPoint>().WithMany().HasForeignKey(c => c.RiskPointId).OnDelete(DeleteBehavior.Cascade);
    }
}
