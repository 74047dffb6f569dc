using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafetyPortal.Platform.Auditing;

internal sealed class AuditLogConfiguration : IEntityTypeConfiguration<AuditLog>
{
    public void Configure(EntityTypeBuilder<AuditLog> builder)
    {
        builder.ToTable("AuditLogs");
        builder.Property(a => a.TenantName).HasMaxLength(AuditLog.MaxTenantNameLength);
        builder.Property(a => a.UserName).HasMaxLength(AuditLog.MaxUserNameLength);
        builder.Property(a => a.HttpMethod).HasMaxLength(AuditLog.MaxHttpMethodLength).IsRequired();
        builder.Property(a => a.Url).HasMaxLength(AuditLog.MaxUrlLength).IsRequired();
        builder.Property(a => a.ClientIpAddress).HasMaxLength(AuditLog.MaxClientIpAddressLength);
        builder.Property(a => a.ExceptionMessage).HasMaxLength(AuditLog.MaxExceptionMessageLength);
        // The list reads newest first, within one town or (for the bureau) across all of them.
        builder.HasIndex(a => new { a.TenantId, a.ExecutionTime });
        builder.HasIndex(a => a.ExecutionTime);
        builder.HasMany(a => a.EntityChanges).WithOne().HasForeignKey(c => c.AuditLogId).OnDelete(DeleteBehavior.Cascade);
    }
}
