using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Http.Tests.Hosting;

/// <summary>Every town-owned entity of every module the host composes carries the town filter.</summary>
public sealed class TenantFilterTests(SqlitePortalFactory factory) : IClassFixture<SqlitePortalFactory>
{
    [Fact]
    public void Every_multi_tenant_entity_in_the_model_is_filtered_by_town()
    {
        using var scope = factory.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Model;
        var tenantOwned = model.GetEntityTypes().Where(t => typeof(IMultiTenant).IsAssignableFrom(t.ClrType)).ToList();

        Assert.NotEmpty(tenantOwned);
        Assert.All(tenantOwned, entity =>
        {
            var filter = entity.GetQueryFilter();
            Assert.True(filter is not null, $"{entity.ClrType.Name} has no town filter");
            Assert.Contains(nameof(IMultiTenant.TenantId), filter!.ToString());
        });
    }
}
