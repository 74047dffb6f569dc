using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Exams.Papers;

namespace SafetyPortal.Exams.Data;

internal sealed class PaperQuestionEntityConfiguration : IEntityTypeConfiguration<PaperQuestion>
{
    public void Configure(EntityTypeBuilder<PaperQuestion> builder)
    {
        builder.ToTable("ExamsPaperQuestions");
        builder.Property(q => q.Points).HasPrecision(8, 2);
        builder.HasIndex(q => new { q.PaperId, q.SortOrder });
    }
}
