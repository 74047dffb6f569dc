using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Bench;

/// <summary>A SQLite file with the Organization module's schema, as the embedded default runs it.</summary>
public sealed class BenchDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("safetyportal-bench-").FullName;

    public BenchDatabase()
    {
        Catalog = new ModuleCatalog(new OrganizationModule());
        Options = PortalContextServices.AddTo(new DbContextOptionsBuilder<PortalDbContext>(), Catalog, Tenant)
            .UseSqlite($"Data Source={Path.Combine(_folder, "bench.db")}")
            .Options;
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public CurrentTenant Tenant { get; } = new();
    public ModuleCatalog Catalog { get; }
    public DbContextOptions<PortalDbContext> Options { get; }

    public PortalDbContext NewContext() => new(Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
