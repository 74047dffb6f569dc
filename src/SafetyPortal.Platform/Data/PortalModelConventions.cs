using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Platform.Data;

/// <summary>Rules every entity of every module gets: the town filter, concurrency stamps, per-town unique names.</summary>
internal static class PortalModelConventions
{
    public static void Apply(ModelBuilder builder, PortalDbContext context)
    {
        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => t.BaseType is null))
        {
            var clrType = entityType.ClrType;
            if (typeof(IMultiTenant).IsAssignableFrom(clrType))
            {
                builder.Entity(clrType).HasQueryFilter(TenantFilter(clrType, context));
                builder.Entity(clrType).HasIndex(nameof(IMultiTenant.TenantId));
            }
            if (typeof(IHasConcurrencyStamp).IsAssignableFrom(clrType))
            {
                builder.Entity(clrType).Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp))
                    .IsConcurrencyToken().HasMaxLength(40);
            }
        }
        UniquePerTown(builder);
    }

    /// <summary>Identity's global unique user and role names become unique within one town; so do mobile numbers.</summary>
    private static void UniquePerTown(ModelBuilder builder)
    {
        builder.Entity<PortalUser>(b =>
        {
            b.Metadata.RemoveIndex(b.Metadata.GetIndexes().Single(i => i.GetDatabaseName() == "UserNameIndex"));
            b.HasIndex(u => new { u.TenantId, u.NormalizedUserName }).IsUnique().HasDatabaseName("UserNameIndex");
            b.Property(u => u.DisplayName).HasMaxLength(64);
            // The mobile number is a second sign-in name, so it is unique within a town too (several users may have none).
            b.Property(u => u.PhoneNumber).HasMaxLength(MobileNumber.Length);
            b.HasIndex(u => new { u.TenantId, u.PhoneNumber }).IsUnique().HasDatabaseName("PhoneNumberIndex");
            b.Property(u => u.IdCardNumber).HasMaxLength(18);
            b.HasIndex(u => new { u.TenantId, u.IdCardNumber }).IsUnique();
        });
        builder.Entity<PortalRole>(b =>
        {
            b.Metadata.RemoveIndex(b.Metadata.GetIndexes().Single(i => i.GetDatabaseName() == "RoleNameIndex"));
            b.HasIndex(r => new { r.TenantId, r.NormalizedName }).IsUnique().HasDatabaseName("RoleNameIndex");
        });
    }

    private static LambdaExpression TenantFilter(Type clrType, PortalDbContext context)
    {
        // e => e.TenantId == context.CurrentTenantId ; EF re-reads the context member on every query.
        var entity = Expression.Parameter(clrType, "e");
        var tenantId = Expression.Property(entity, nameof(IMultiTenant.TenantId));
        var current = Expression.Property(Expression.Constant(context), nameof(PortalDbContext.CurrentTenantId));
        return Expression.Lambda(Expression.Equal(tenantId, current), entity);
    }
}
