using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Exams.Practice;

namespace SafetyPortal.Exams.Data;

internal sealed class PracticeTallyEntityConfiguration : IEntityTypeConfiguration<PracticeTally>
{
    public void Configure(EntityTypeBuilder<PracticeTally> builder)
    {
        builder.ToTable("ExamsPracticeTallies");
        builder.HasIndex(t => t.UserId).IsUnique();
    }
}
