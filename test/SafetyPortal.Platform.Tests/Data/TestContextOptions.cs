using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Tests.Data;

/// <summary>Options of the portal's context on an open in-memory SQLite connection, with the kernel's tables and the tests' own.</summary>
internal static class TestContextOptions
{
    public static DbContextOptions<PortalDbContext> Sqlite(SqliteConnection connection, params IInterceptor[] interceptors) =>
        PortalContextServices.AddTo(new DbContextOptionsBuilder<PortalDbContext>(), new ModuleCatalog(new EmptyModule()), new CurrentTenant())
            .UseSqlite(connection)
            .AddInterceptors(interceptors)
            .Options;
}
