using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Papers;

namespace SafetyPortal.Exams.Data;

internal sealed class PaperRuleEntityConfiguration : IEntityTypeConfiguration<PaperRule>
{
    public void Configure(EntityTypeBuilder<PaperRule> builder)
    {
        builder.ToTable("ExamsPaperRules");
        builder.Property(r => r.Points).HasPrecision(8, 2);
        builder.Property(r => r.RiskCategoryCode).HasMaxLength(QuestionTag.MaxCodeLength);
        builder.HasIndex(r => new { r.PaperId, r.SortOrder });
    }
}
