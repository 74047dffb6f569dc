using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Organization.Domain;

namespace SafetyPortal.Organization.Data;

internal sealed class EnterpriseProfileEntityConfiguration : IEntityTypeConfiguration<EnterpriseProfile>
{
    public void Configure(EntityTypeBuilder<EnterpriseProfile> builder)
    {
        builder.ToTable("OrganizationEnterpriseProfiles");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.CreditCode).HasMaxLength(UnifiedSocialCreditCode.Length).IsRequired();
        builder.Property(p => p.IndustryCode).HasMaxLength(8);
        builder.Property(p => p.Address).HasMaxLength(256);
        builder.Property(p => p.Longitude).HasPrecision(9, 6);
        builder.Property(p => p.Latitude).HasPrecision(9, 6);
        builder.Property(p => p.PrincipalName).HasMaxLength(64);
        builder.Property(p => p.PrincipalPhone).HasMaxLength(20);
        builder.Property(p => p.SafetyManagerName).HasMaxLength(64);
        builder.Property(p => p.SafetyManagerPhone).HasMaxLength(20);
        builder.HasIndex(p => new { p.TenantId, p.CreditCode }).IsUnique();
        // Deleting a grid releases its enterprises (see ManageGrids.DeleteAsync); the database keeps the same rule.
        builder.HasOne<Grid>().WithMany().HasForeignKey(p => p.GridId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<OrganizationUnit>().WithOne().HasForeignKey<EnterpriseProfile>(p => p.Id).OnDelete(DeleteBehavior.Cascade);
    }
}
