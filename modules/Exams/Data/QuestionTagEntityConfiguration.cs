using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Data;

internal sealed class QuestionTagEntityConfiguration : IEntityTypeConfiguration<QuestionTag>
{
    public void Configure(EntityTypeBuilder<QuestionTag> builder)
    {
        builder.ToTable("ExamsQuestionTags");
        builder.Property(t => t.Code).HasMaxLength(QuestionTag.MaxCodeLength).IsRequired();
        builder.HasIndex(t => new { t.QuestionId, t.Kind, t.Code }).IsUnique();
        // Filters and paper rules: which questions carry a tag.
        builder.HasIndex(t => new { t.Kind, t.Code });
    }
}
