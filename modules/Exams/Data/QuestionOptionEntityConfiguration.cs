using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Data;

internal sealed class QuestionOptionEntityConfiguration : IEntityTypeConfiguration<QuestionOption>
{
    public void Configure(EntityTypeBuilder<QuestionOption> builder)
    {
        builder.ToTable("ExamsQuestionOptions");
        builder.Property(o => o.Text).HasMaxLength(QuestionOption.MaxTextLength).IsRequired();
        builder.Property(o => o.Feedback).HasMaxLength(QuestionOption.MaxTextLength);
        builder.Property(o => o.Fraction).HasPrecision(9, 5);
        builder.HasIndex(o => new { o.QuestionId, o.SortOrder });
    }
}
