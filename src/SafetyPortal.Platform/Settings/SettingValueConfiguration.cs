using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafetyPortal.Platform.Settings;

internal sealed class SettingValueConfiguration : IEntityTypeConfiguration<SettingValue>
{
    public void Configure(EntityTypeBuilder<SettingValue> builder)
    {
        builder.ToTable("PlatformSettingValues");
        builder.Property(s => s.Name).HasMaxLength(128).IsRequired();
        builder.Property(s => s.Value).HasMaxLength(SettingDefinition.MaxValueLength).IsRequired();
        builder.HasIndex(s => new { s.Level, s.Key, s.Name }).IsUnique();
    }
}
