using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;

namespace SafetyPortal.Exams.Data;

internal sealed class AttemptEntityConfiguration : IEntityTypeConfiguration<Attempt>
{
    public void Configure(EntityTypeBuilder<Attempt> builder)
    {
        builder.ToTable("ExamsAttempts");
        builder.Property(a => a.MaxScore).HasPrecision(8, 2);
        builder.Property(a => a.Score).HasPrecision(8, 2);
        builder.Property(a => a.Position).HasMaxLength(Attempt.MaxPositionLength);
        // One candidate's attempts at an exam; the attempt number is unique so a double start cannot make two.
        builder.HasIndex(a => new { a.ExamId, a.UserId, a.AttemptNo }).IsUnique();
        builder.HasIndex(a => new { a.UserId, a.TenantId });
        // Results and statistics of an exam (by town, enterprise, first attempts).
        builder.HasIndex(a => new { a.ExamId, a.Status, a.TenantId });
        // The deadline sweep.
        builder.HasIndex(a => new { a.Status, a.Deadline });
        // Submitted attempts whose mistakes are not in the book yet (ExamMistakes).
        builder.HasIndex(a => new { a.Status, a.MistakesRecordedAt });
        builder.HasOne<Exam>().WithMany().HasForeignKey(a => a.ExamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Questions).WithOne().HasForeignKey(q => q.AttemptId).OnDelete(DeleteBehavior.Cascade);
    }
}
