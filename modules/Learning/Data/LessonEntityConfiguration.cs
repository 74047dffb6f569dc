using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Data;

internal sealed class LessonEntityConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> builder)
    {
        builder.ToTable("LearningLessons");
        builder.Property(l => l.Title).HasMaxLength(Lesson.MaxTitleLength).IsRequired();
        builder.Property(l => l.Body).HasMaxLength(Lesson.MaxBodyLength);
        builder.Property(l => l.FileName).HasMaxLength(255);
        builder.Property(l => l.CreditHours).HasPrecision(6, 2);
        builder.HasIndex(l => l.CourseId);
    }
}
