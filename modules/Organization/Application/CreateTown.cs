using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Organization.Application;

/// <summary>The bureau creates a town: the town, its built-in roles and its first admin go in together, or not at all.</summary>
public sealed class CreateTown(PortalDbContext db, ManageTenants tenants, ProvisionTown provision)
{
    public async Task<TenantDto> ExecuteAsync(SaveTenantRequest request, CancellationToken cancellationToken = default)
    {
        var tenant = new Tenant();
        await tenants.ApplyAsync(tenant, request, cancellationToken, provision.Validate);
        // A refused admin password rolls the town back too.
        await db.InTransactionAsync(async ct =>
        {
            db.Add(tenant);
            await db.SaveChangesAsync(ct);
            await provision.ExecuteAsync(tenant.Id, tenant.Name, request, ct);
        }, cancellationToken);
        return await tenants.GetAsync(tenant.Id, cancellationToken);
    }
}
