using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Data;

internal sealed class CourseTagEntityConfiguration : IEntityTypeConfiguration<CourseTag>
{
    public void Configure(EntityTypeBuilder<CourseTag> builder)
    {
        builder.ToTable("LearningCourseTags");
        builder.Property(t => t.Code).HasMaxLength(CourseTag.MaxCodeLength).IsRequired();
        builder.HasIndex(t => new { t.CourseId, t.Kind, t.Code }).IsUnique();
        // Plans and filters: which courses carry a tag.
        builder.HasIndex(t => new { t.Kind, t.Code });
    }
}
