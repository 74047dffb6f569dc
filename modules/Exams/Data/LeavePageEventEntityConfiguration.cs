using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Exams.Attempts;

namespace SafetyPortal.Exams.Data;

internal sealed class LeavePageEventEntityConfiguration : IEntityTypeConfiguration<LeavePageEvent>
{
    public void Configure(EntityTypeBuilder<LeavePageEvent> builder)
    {
        builder.ToTable("ExamsLeavePageEvents");
        // An attempt's log in order; the exam's log joins through the attempts.
        builder.HasIndex(e => new { e.AttemptId, e.Time });
        builder.HasOne<Attempt>().WithMany().HasForeignKey(e => e.AttemptId).OnDelete(DeleteBehavior.Cascade);
    }
}
