using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafetyPortal.Platform.Auditing;

internal sealed class EntityChangeConfiguration : IEntityTypeConfiguration<EntityChange>
{
    public void Configure(EntityTypeBuilder<EntityChange> builder)
    {
        builder.ToTable("AuditEntityChanges");
        builder.Property(c => c.EntityTypeFullName).HasMaxLength(EntityChange.MaxEntityTypeFullNameLength).IsRequired();
        builder.Property(c => c.EntityId).HasMaxLength(EntityChange.MaxEntityIdLength).IsRequired();
        // The history of one record: every change of this entity, across requests.
        builder.HasIndex(c => new { c.TenantId, c.EntityTypeFullName, c.EntityId });
        builder.HasMany(c => c.PropertyChanges).WithOne().HasForeignKey(p => p.EntityChangeId).OnDelete(DeleteBehavior.Cascade);
    }
}
