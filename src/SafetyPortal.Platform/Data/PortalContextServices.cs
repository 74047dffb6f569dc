using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Data;

/// <summary>
/// What <see cref="PortalDbContext"/> needs besides its provider: the module catalogue (whose entity configurations make
/// the model) and the current town (read by the town filter at query time). Both are singletons, so they travel in the
/// context's options: a pooled context has only its options to be built from (EF's pool calls the one-parameter
/// constructor once and reuses the instance for many requests).
/// </summary>
public sealed class PortalContextServices : IDbContextOptionsExtension
{
    private PortalContextServices(ModuleCatalog modules, ICurrentTenant currentTenant)
    {
        Modules = modules;
        CurrentTenant = currentTenant;
        Info = new ServicesInfo(this);
    }

    public ModuleCatalog Modules { get; }
    public ICurrentTenant CurrentTenant { get; }
    public DbContextOptionsExtensionInfo Info { get; }

    /// <summary>Adds the catalogue and the current town to options being built (the host does it; so do tests and tools).</summary>
    public static TBuilder AddTo<TBuilder>(TBuilder builder, ModuleCatalog modules, ICurrentTenant currentTenant)
        where TBuilder : DbContextOptionsBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new PortalContextServices(modules, currentTenant));
        return builder;
    }

    internal static PortalContextServices From(DbContextOptions options) =>
        options.FindExtension<PortalContextServices>()
        ?? throw new InvalidOperationException("PortalDbContext options lack the module catalogue and current town: add them with PortalContextServices.AddTo.");

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    /// <summary>
    /// Adds no EF services, so every context shares one internal service provider (and model cache) whatever instances it
    /// carries: as before, one process has one catalogue.
    /// </summary>
    private sealed class ServicesInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;
        public override string LogFragment => "";
        public override int GetServiceProviderHashCode() => 0;
        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ServicesInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo)
        {
        }
    }
}
