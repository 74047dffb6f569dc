using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Articles.Domain;

namespace SafetyPortal.Articles.Data;

internal sealed class CommendationListConfiguration : IEntityTypeConfiguration<CommendationList>
{
    public void Configure(EntityTypeBuilder<CommendationList> builder)
    {
        builder.ToTable("ArticlesCommendationLists");
        builder.Property(l => l.Title).HasMaxLength(CommendationList.MaxTitleLength).IsRequired();
        builder.Property(l => l.ReturnReason).HasMaxLength(CommendationList.MaxReasonLength);
        builder.Ignore(l => l.Period);
        builder.Ignore(l => l.IsEditable);
        // A town's lists by status and period; the bureau's queue of proposed lists across towns.
        builder.HasIndex(l => new { l.TenantId, l.Status, l.Year });
        builder.HasIndex(l => new { l.Status, l.ProposedTime });
        builder.HasMany(l => l.Entries).WithOne().HasForeignKey(e => e.ListId).OnDelete(DeleteBehavior.Cascade);
    }
}
