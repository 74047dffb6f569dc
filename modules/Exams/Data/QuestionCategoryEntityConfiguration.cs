using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Data;

internal sealed class QuestionCategoryEntityConfiguration : IEntityTypeConfiguration<QuestionCategory>
{
    public void Configure(EntityTypeBuilder<QuestionCategory> builder)
    {
        builder.ToTable("ExamsQuestionCategories");
        builder.Property(c => c.Name).HasMaxLength(QuestionCategory.MaxNameLength).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(QuestionCategory.MaxDescriptionLength);
        builder.HasIndex(c => new { c.TenantId, c.ParentId, c.SortOrder });
        builder.HasOne<QuestionCategory>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
