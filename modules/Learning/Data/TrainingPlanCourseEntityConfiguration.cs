using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Data;

internal sealed class TrainingPlanCourseEntityConfiguration : IEntityTypeConfiguration<TrainingPlanCourse>
{
    public void Configure(EntityTypeBuilder<TrainingPlanCourse> builder)
    {
        builder.ToTable("LearningTrainingPlanCourses");
        builder.HasKey(c => new { c.PlanId, c.CourseId });
        // Which plans a course counts for (progress refresh after a lesson is completed).
        builder.HasIndex(c => c.CourseId);
    }
}
