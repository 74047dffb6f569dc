using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Organization.Application;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Organization.Api;

/// <summary>/api/organization/enterprises: the enterprises of the signed-in user's town, with their profiles.</summary>
public static class EnterprisesApi
{
    public static IEndpointRouteBuilder MapEnterprisesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/organization/enterprises")
            .WithTags("Organization")
            .RequireAuthorization(OrganizationPermissions.Enterprises.Default);

        group.MapGet("/", (ManageEnterprises enterprises, [AsParameters] PageRequest page, [AsParameters] EnterpriseFilter filter, CancellationToken ct) =>
                enterprises.ListAsync(page, filter, ct))
            .WithName("ListEnterprises");
        group.MapGet("/{id:guid}", (Guid id, ManageEnterprises enterprises, CancellationToken ct) => enterprises.GetAsync(id, ct))
            .WithName("GetEnterprise");
        group.MapPost("/", async Task<Created<EnterpriseDetailDto>> (SaveEnterpriseRequest request, ManageEnterprises enterprises, CancellationToken ct) =>
            {
                var created = await enterprises.CreateAsync(request, ct);
                return TypedResults.Created($"/api/organization/enterprises/{created.Id}", created);
            })
            .RequireAuthorization(OrganizationPermissions.Enterprises.Manage)
            .WithName("CreateEnterprise")
            .ProducesValidationProblem();
        group.MapPut("/{id:guid}", (Guid id, SaveEnterpriseRequest request, ManageEnterprises enterprises, CancellationToken ct) =>
                enterprises.UpdateAsync(id, request, ct))
            .RequireAuthorization(OrganizationPermissions.Enterprises.Manage)
            .WithName("UpdateEnterprise")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/units", (Guid id, ManageOrganizationUnits units, CancellationToken ct) => units.GetTreeAsync(id, ct))
            .WithName("GetEnterpriseUnits");
        return endpoints;
    }
}
