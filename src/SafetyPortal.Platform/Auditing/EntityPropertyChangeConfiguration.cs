using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafetyPortal.Platform.Auditing;

internal sealed class EntityPropertyChangeConfiguration : IEntityTypeConfiguration<EntityPropertyChange>
{
    public void Configure(EntityTypeBuilder<EntityPropertyChange> builder)
    {
        builder.ToTable("AuditEntityPropertyChanges");
        builder.Property(p => p.PropertyName).HasMaxLength(EntityPropertyChange.MaxPropertyNameLength).IsRequired();
        builder.Property(p => p.OriginalValue).HasMaxLength(EntityPropertyChange.MaxValueLength);
        builder.Property(p => p.NewValue).HasMaxLength(EntityPropertyChange.MaxValueLength);
    }
}
