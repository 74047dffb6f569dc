using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Data;

internal sealed class LessonProgressEntityConfiguration : IEntityTypeConfiguration<LessonProgress>
{
    public void Configure(EntityTypeBuilder<LessonProgress> builder)
    {
        builder.ToTable("LearningLessonProgress");
        builder.Ignore(p => p.IsCompleted);
        builder.HasIndex(p => new { p.UserId, p.LessonId }).IsUnique();
        // A course page reads one user's progress over the course's lessons; tracking counts per course.
        builder.HasIndex(p => new { p.CourseId, p.UserId });
    }
}
