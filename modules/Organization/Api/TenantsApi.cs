using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Organization.Application;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Organization.Api;

/// <summary>/api/organization/tenants: the bureau's list of towns.</summary>
public static class TenantsApi
{
    public static IEndpointRouteBuilder MapTenantsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/organization/tenants")
            .WithTags("Organization")
            .RequireAuthorization(OrganizationPermissions.Tenants.Default);

        group.MapGet("/", (ManageTenants tenants, [AsParameters] PageRequest page, CancellationToken ct) =>
                tenants.ListAsync(page, ct))
            .WithName("ListTenants");
        group.MapGet("/{id:guid}", (Guid id, ManageTenants tenants, CancellationToken ct) => tenants.GetAsync(id, ct))
            .WithName("GetTenant");
        group.MapPost("/", async Task<Created<TenantDto>> (SaveTenantRequest request, CreateTown createTown, CancellationToken ct) =>
            {
                var created = await createTown.ExecuteAsync(request, ct);
                return TypedResults.Created($"/api/organization/tenants/{created.Id}", created);
            })
            .RequireAuthorization(OrganizationPermissions.Tenants.Create)
            .WithName("CreateTenant")
            .ProducesValidationProblem();
        group.MapPut("/{id:guid}", (Guid id, SaveTenantRequest request, ManageTenants tenants, CancellationToken ct) =>
                tenants.UpdateAsync(id, request, ct))
            .RequireAuthorization(OrganizationPermissions.Tenants.Edit)
            .WithName("UpdateTenant")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }
}
