using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Organization.Domain;

namespace SafetyPortal.Organization.Data;

internal sealed class TenantEntityConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("OrganizationTenants");
        builder.Property(t => t.Code).HasMaxLength(Tenant.MaxCodeLength).IsRequired();
        builder.Property(t => t.Name).HasMaxLength(Tenant.MaxNameLength).IsRequired();
        builder.Property(t => t.ConnectionString).HasMaxLength(1024);
        builder.HasIndex(t => t.Code).IsUnique();
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
