using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Articles.Domain;

namespace SafetyPortal.Articles.Data;

internal sealed class MustReadRecipientEntityConfiguration : IEntityTypeConfiguration<MustReadRecipient>
{
    public void Configure(EntityTypeBuilder<MustReadRecipient> builder)
    {
        builder.ToTable("ArticlesMustReadRecipients");
        // Once per person and assignment.
        builder.HasIndex(r => new { r.AssignmentId, r.UserId }).IsUnique();
        // Counts per assignment and the pages of who has (not) read it read only this index (covering: the town filter,
        // the enterprise limit of enterprise staff and the people listed).
        builder.HasIndex(r => new { r.AssignmentId, r.TenantId, r.ReadToEndAt, r.EnterpriseId, r.UserId, r.UnitId });
        // Reading to the end marks every assignment of the article the reader is on; 我的必读 lists a reader's own.
        builder.HasIndex(r => new { r.UserId, r.ArticleId });
    }
}
