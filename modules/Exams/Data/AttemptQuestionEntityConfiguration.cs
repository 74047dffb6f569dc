using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Data;

internal sealed class AttemptQuestionEntityConfiguration : IEntityTypeConfiguration<AttemptQuestion>
{
    public void Configure(EntityTypeBuilder<AttemptQuestion> builder)
    {
        builder.ToTable("ExamsAttemptQuestions");
        builder.Property(q => q.Stem).HasMaxLength(Question.MaxStemLength).IsRequired();
        builder.Property(q => q.Explanation).HasMaxLength(Question.MaxExplanationLength);
        builder.Property(q => q.OptionsJson).HasMaxLength(QuestionOption.MaxTextLength * Question.MaxOptions).IsRequired();
        builder.Property(q => q.BlanksJson).HasMaxLength(Question.MaxStemLength).IsRequired();
        builder.Property(q => q.AnswerJson).HasMaxLength(Question.MaxStemLength);
        builder.Property(q => q.Points).HasPrecision(8, 2);
        builder.Property(q => q.Score).HasPrecision(8, 2);
        builder.Property(q => q.Revision).IsConcurrencyToken();
        builder.HasIndex(q => new { q.AttemptId, q.No }).IsUnique();
        // Item statistics read only these columns of every question of an exam's first attempts: covered, no row lookups.
        builder.HasIndex(q => new { q.AttemptId, q.QuestionId, q.Points, q.Score });
    }
}
