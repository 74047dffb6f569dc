using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Articles.Domain;

namespace SafetyPortal.Articles.Data;

internal sealed class ArticleCaseWarningTagConfiguration : IEntityTypeConfiguration<CaseWarningTag>
{
    public void Configure(EntityTypeBuilder<CaseWarningTag> builder)
    {
        builder.ToTable("ArticlesCaseWarningTags");
        builder.Property(t => t.Code).HasMaxLength(CaseWarningTag.MaxCodeLength).IsRequired();
        builder.HasIndex(t => new { t.ArticleId, t.Kind, t.Code }).IsUnique();
        // Filters: which articles carry a tag.
        builder.HasIndex(t => new { t.Kind, t.Code });
    }
}
