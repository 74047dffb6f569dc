using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Organization.Domain;

namespace SafetyPortal.Organization.Data;

internal sealed class OrganizationUnitEntityConfiguration : IEntityTypeConfiguration<OrganizationUnit>
{
    public void Configure(EntityTypeBuilder<OrganizationUnit> builder)
    {
        builder.ToTable("OrganizationUnits");
        builder.Property(u => u.Code).HasMaxLength(128).IsRequired();
        builder.Property(u => u.DisplayName).HasMaxLength(OrganizationUnit.MaxDisplayNameLength).IsRequired();
        builder.HasIndex(u => new { u.TenantId, u.Code }).IsUnique();
        builder.HasOne<OrganizationUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
