using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Data;

/// <summary>
/// The one context of the portal: identity, data-protection keys, and every module's
/// IEntityTypeConfiguration classes. Modules use Set&lt;T&gt;(); town data is filtered by TenantId.
/// The host pools instances (one per request, reset between leases), so its one constructor takes only options
/// (see <see cref="PortalContextServices"/>) and work registered on an instance ends with its lease (<see cref="Dispose"/>).
/// </summary>
public class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser, PortalRole, Guid>(options), IDataProtectionKeyContext
{
    private readonly PortalContextServices services = PortalContextServices.From(options);

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Read by the query filters at query time, so one model serves every town.</summary>
    internal Guid? CurrentTenantId => services.CurrentTenant.Id;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        // A module without tables (BackgroundJobs) is skipped: EF warns at every start about an assembly with none.
        foreach (var module in services.Modules.Modules.Where(m => HasEntityConfigurations(m.Assembly)))
        {
            builder.ApplyConfigurationsFromAssembly(module.Assembly);
        }
        PortalModelConventions.Apply(builder, this);
    }

    private static bool HasEntityConfigurations(System.Reflection.Assembly assembly) =>
        assembly.GetTypes().Any(t => !t.IsAbstract && t.GetInterfaces()
            .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        EntityChangeStamping.Apply(ChangeTracker, services.CurrentTenant.Id);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        EntityChangeStamping.Apply(ChangeTracker, services.CurrentTenant.Id);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>A lease ends: hooks and captured changes of a save that never completed do not reach the next lease.</summary>
    public override void Dispose()
    {
        ForgetLease();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        ForgetLease();
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    private void ForgetLease()
    {
        UnitOfWorkHooks.Forget(this);
        Auditing.EntityChangeInterceptor.Forget(this);
    }
}
