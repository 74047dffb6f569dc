using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Exams.Papers;

namespace SafetyPortal.Exams.Data;

internal sealed class PaperEntityConfiguration : IEntityTypeConfiguration<Paper>
{
    public void Configure(EntityTypeBuilder<Paper> builder)
    {
        builder.ToTable("ExamsPapers");
        builder.Property(p => p.Title).HasMaxLength(Paper.MaxTitleLength).IsRequired();
        builder.Ignore(p => p.TotalPoints);
        builder.HasIndex(p => new { p.TenantId, p.CreationTime });
        builder.HasMany(p => p.Questions).WithOne().HasForeignKey(q => q.PaperId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Rules).WithOne().HasForeignKey(r => r.PaperId).OnDelete(DeleteBehavior.Cascade);
    }
}
