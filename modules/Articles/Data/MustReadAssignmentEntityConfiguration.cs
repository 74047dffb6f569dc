using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Articles.Domain;

namespace SafetyPortal.Articles.Data;

internal sealed class MustReadAssignmentEntityConfiguration : IEntityTypeConfiguration<MustReadAssignment>
{
    public void Configure(EntityTypeBuilder<MustReadAssignment> builder)
    {
        builder.ToTable("ArticlesMustReadAssignments");
        builder.Property(a => a.ArticleTitle).HasMaxLength(MustReadAssignment.MaxTitleLength).IsRequired();
        builder.Property(a => a.OrganizationUnitCode).HasMaxLength(MustReadAssignment.MaxUnitCodeLength);
        builder.Property(a => a.CreditHours).HasPrecision(6, 2);
        builder.HasIndex(a => new { a.TenantId, a.CreationTime });
        builder.HasIndex(a => a.ArticleId);
    }
}
