using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Data;

internal sealed class CourseEntityConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("LearningCourses");
        builder.Property(c => c.Title).HasMaxLength(Course.MaxTitleLength).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(Course.MaxDescriptionLength);
        builder.Property(c => c.CreditHours).HasPrecision(8, 2);
        builder.Ignore(c => c.Owner);
        // The catalogue: a town's (and the bureau's) published courses, newest first.
        builder.HasIndex(c => new { c.TenantId, c.Status, c.PublishedTime });
        builder.HasIndex(c => c.OwnerUnitId);
        builder.HasMany(c => c.Tags).WithOne().HasForeignKey(t => t.CourseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Chapters).WithOne().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}
