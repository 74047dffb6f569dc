using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Data;

internal sealed class EnrolmentEntityConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.ToTable("LearningEnrolments");
        builder.Property(e => e.RequiredHours).HasPrecision(6, 2);
        builder.Property(e => e.HoursEarned).HasPrecision(6, 2);
        // Once per person and plan: the enrolment job may run on two nodes or twice.
        builder.HasIndex(e => new { e.PlanId, e.UserId }).IsUnique();
        builder.HasIndex(e => e.UserId);
        // The enterprise dashboard groups these columns of one enterprise (covering: the town filter and the people counted by UserId are read from the index too).
        builder.HasIndex(e => new { e.EnterpriseId, e.IsActive, e.PlanId, e.UnitId, e.PrimaryAudience, e.CompletedTime, e.Deadline, e.HoursEarned, e.RequiredHours, e.UserId, e.TenantId });
        // The coverage summary is rebuilt per town and plan, grouped by enterprise and deadline; plan lists count a town's enrolments per plan.
        builder.HasIndex(e => new { e.TenantId, e.PlanId, e.IsActive, e.EnterpriseId, e.Deadline, e.CompletedTime, e.HoursEarned, e.RequiredHours, e.UserId });
    }
}
