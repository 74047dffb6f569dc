using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Data;

internal sealed class TrainingPlanEntityConfiguration : IEntityTypeConfiguration<TrainingPlan>
{
    public void Configure(EntityTypeBuilder<TrainingPlan> builder)
    {
        builder.ToTable("LearningTrainingPlans");
        builder.Property(p => p.Title).HasMaxLength(TrainingPlan.MaxTitleLength).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(TrainingPlan.MaxDescriptionLength);
        builder.Property(p => p.ConditionsJson).HasMaxLength(TrainingPlan.MaxConditionsJsonLength);
        builder.Property(p => p.OrganizationUnitCode).HasMaxLength(200);
        builder.Property(p => p.RequiredHours).HasPrecision(6, 2);
        builder.Ignore(p => p.Owner);
        // A town's plans (and the bureau's) by status, newest period first; an enterprise's own.
        builder.HasIndex(p => new { p.TenantId, p.Status, p.PeriodStart });
        builder.HasIndex(p => p.EnterpriseId);
        builder.HasMany(p => p.Courses).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
