using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Commendations;

namespace SafetyPortal.Articles.Data;

internal sealed class CommendationEntryConfiguration : IEntityTypeConfiguration<CommendationEntry>
{
    public void Configure(EntityTypeBuilder<CommendationEntry> builder)
    {
        builder.ToTable("ArticlesCommendationEntries");
        builder.Property(e => e.Name).HasMaxLength(CommendationEntry.MaxNameLength).IsRequired();
        builder.Property(e => e.Score).HasPrecision(9, 2);
        builder.Property(e => e.IndicatorsJson).HasMaxLength(CommendationEntry.MaxIndicatorsLength).IsRequired();
        builder.Property(e => e.AdditionReason).HasMaxLength(CommendationList.MaxReasonLength);
        builder.Property(e => e.ExclusionRule).HasMaxLength(CommendationExclusion.MaxRuleCodeLength);
        builder.Property(e => e.ExclusionReason).HasMaxLength(CommendationExclusion.MaxReasonLength);
        builder.Property(e => e.CertificateSerial).HasMaxLength(32);
        builder.HasIndex(e => new { e.ListId, e.Kind, e.SubjectId }).IsUnique();
    }
}
