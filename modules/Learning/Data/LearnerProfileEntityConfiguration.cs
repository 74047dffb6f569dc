using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Data;

internal sealed class LearnerProfileEntityConfiguration : IEntityTypeConfiguration<LearnerProfile>
{
    public void Configure(EntityTypeBuilder<LearnerProfile> builder)
    {
        builder.ToTable("LearningLearnerProfiles");
        builder.Property(p => p.Position).HasMaxLength(LearnerProfile.MaxPositionLength);
        builder.Property(p => p.IndustryCode).HasMaxLength(16);
        builder.HasIndex(p => new { p.TenantId, p.UserId }).IsUnique();
        builder.HasIndex(p => p.EnterpriseId);
    }
}
