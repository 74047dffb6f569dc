using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafetyPortal.Platform.Permissions;

internal sealed class PermissionGrantConfiguration : IEntityTypeConfiguration<PermissionGrant>
{
    public void Configure(EntityTypeBuilder<PermissionGrant> builder)
    {
        builder.ToTable("PlatformPermissionGrants");
        builder.Property(g => g.Name).HasMaxLength(128).IsRequired();
        builder.Property(g => g.ProviderName).HasMaxLength(8).IsRequired();
        builder.Property(g => g.ProviderKey).HasMaxLength(64).IsRequired();
        builder.HasIndex(g => new { g.TenantId, g.Name, g.ProviderName, g.ProviderKey }).IsUnique();
    }
}
