using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Data;

internal sealed class QuestionEntityConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.ToTable("ExamsQuestions");
        builder.Property(q => q.Name).HasMaxLength(Question.MaxNameLength).IsRequired();
        builder.Property(q => q.Stem).HasMaxLength(Question.MaxStemLength).IsRequired();
        builder.Property(q => q.Explanation).HasMaxLength(Question.MaxExplanationLength);
        builder.Property(q => q.DefaultPoints).HasPrecision(8, 2);
        builder.Property(q => q.NormalisedStemHash).HasMaxLength(64).IsFixedLength().IsRequired();
        // Lists: a town's (and the bureau's) live questions of a category.
        builder.HasIndex(q => new { q.TenantId, q.IsRetired, q.CategoryId });
        // Duplicate detection.
        builder.HasIndex(q => new { q.NormalisedStemHash, q.TenantId });
        builder.HasOne<QuestionCategory>().WithMany().HasForeignKey(q => q.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Blanks).WithOne().HasForeignKey(b => b.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Tags).WithOne().HasForeignKey(t => t.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
