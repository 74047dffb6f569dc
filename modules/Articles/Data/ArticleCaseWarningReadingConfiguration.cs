using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Articles.Domain;

namespace SafetyPortal.Articles.Data;

internal sealed class ArticleCaseWarningReadingConfiguration : IEntityTypeConfiguration<CaseWarningReading>
{
    public void Configure(EntityTypeBuilder<CaseWarningReading> builder)
    {
        builder.ToTable("ArticlesCaseWarningReadings");
        // One receipt per reader and article: the read count rises once per reader.
        builder.HasIndex(r => new { r.ArticleId, r.UserId }).IsUnique();
        // 我的阅读: a reader's receipts, latest first.
        builder.HasIndex(r => new { r.UserId, r.FirstOpenedAt });
        builder.HasOne<CaseWarning>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
