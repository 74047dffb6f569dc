using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Data;

internal sealed class ChapterEntityConfiguration : IEntityTypeConfiguration<Chapter>
{
    public void Configure(EntityTypeBuilder<Chapter> builder)
    {
        builder.ToTable("LearningChapters");
        builder.Property(c => c.Title).HasMaxLength(Chapter.MaxTitleLength).IsRequired();
        builder.HasMany(c => c.Lessons).WithOne().HasForeignKey(l => l.ChapterId).OnDelete(DeleteBehavior.Cascade);
    }
}
