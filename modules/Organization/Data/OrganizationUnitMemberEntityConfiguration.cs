using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Organization.Data;

internal sealed class OrganizationUnitMemberEntityConfiguration : IEntityTypeConfiguration<OrganizationUnitMember>
{
    public void Configure(EntityTypeBuilder<OrganizationUnitMember> builder)
    {
        builder.ToTable("OrganizationUnitMembers");
        builder.Property(m => m.Position).HasMaxLength(OrganizationUnitMember.MaxPositionLength);
        builder.HasIndex(m => new { m.OrganizationUnitId, m.UserId }).IsUnique();
        builder.HasIndex(m => m.UserId);
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(m => m.OrganizationUnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
