using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Articles.Domain;

namespace SafetyPortal.Articles.Data;

internal sealed class ArticleCaseWarningConfiguration : IEntityTypeConfiguration<CaseWarning>
{
    public void Configure(EntityTypeBuilder<CaseWarning> builder)
    {
        builder.ToTable("ArticlesCaseWarnings");
        builder.Property(a => a.Title).HasMaxLength(CaseWarning.MaxTitleLength).IsRequired();
        builder.Property(a => a.IssueNumber).HasMaxLength(CaseWarning.MaxIssueNumberLength);
        builder.Property(a => a.Summary).HasMaxLength(CaseWarning.MaxSummaryLength);
        builder.Property(a => a.MarkdownBody).IsRequired();
        builder.Property(a => a.HtmlBody).IsRequired();
        builder.Property(a => a.ViolationType).HasMaxLength(CaseWarning.MaxViolationLength);
        builder.Property(a => a.LegalBasis).HasMaxLength(CaseWarning.MaxLegalBasisLength);
        builder.Property(a => a.Penalty).HasMaxLength(CaseWarning.MaxPenaltyLength);
        builder.Property(a => a.ReturnReason).HasMaxLength(CaseWarning.MaxReasonLength);
        builder.Ignore(a => a.IsEditable);
        // The reading list: the bureau's and a town's published articles, newest first.
        builder.HasIndex(a => new { a.TenantId, a.Status, a.PublishAt });
        // Issue numbers are unique per owner (the bureau's rows have no town, so the bureau's are also checked in code).
        builder.HasIndex(a => new { a.TenantId, a.IssueNumber }).IsUnique();
        builder.HasMany(a => a.Tags).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
