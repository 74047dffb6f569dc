using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Papers;

namespace SafetyPortal.Exams.Data;

internal sealed class ExamEntityConfiguration : IEntityTypeConfiguration<Exam>
{
    public void Configure(EntityTypeBuilder<Exam> builder)
    {
        builder.ToTable("ExamsExams");
        builder.Property(e => e.Title).HasMaxLength(Exam.MaxTitleLength).IsRequired();
        builder.Property(e => e.Roles).HasMaxLength(Exam.MaxRolesLength).IsRequired();
        builder.Property(e => e.PassMark).HasPrecision(8, 2);
        builder.Ignore(e => e.RoleList);
        // 我的考试: published exams of the bureau and the town open now.
        builder.HasIndex(e => new { e.Status, e.ClosesAt, e.TenantId });
        builder.HasOne<Paper>().WithMany().HasForeignKey(e => e.PaperId).OnDelete(DeleteBehavior.Restrict);
    }
}
