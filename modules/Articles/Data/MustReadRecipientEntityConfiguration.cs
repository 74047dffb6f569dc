using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Articles.Domain;

namespace SafetyPortal.Articles.Data;

internal sealed class MustReadRecipientEntityConfiguration : IEntityTypeConfiguration<MustReadRecipient>
{
    public void Configure(EntityTypeBuilder<MustReadRecipient> builder)
    {
        builder.ToTable("ArticlesMustReadRecipients");
        // Once per person and assignment; the list of who has not read it pages through one assignment.
        builder.HasIndex(r => new { r.AssignmentId, r.UserId }).IsUnique();
        builder.HasIndex(r => new { r.AssignmentId, r.EnterpriseId, r.ReadToEndAt });
        // Reading to the end marks every assignment of the article the reader is on; 我的必读 lists a reader's own.
        builder.HasIndex(r => new { r.UserId, r.ArticleId });
    }
}
