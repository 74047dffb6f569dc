using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Organization.Application;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Organization.Api;

/// <summary>/api/organization/grids: the town's grids (网格), their officers and their enterprises.</summary>
public static class GridsApi
{
    public static IEndpointRouteBuilder MapGridsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/organization/grids")
            .WithTags("Organization")
            .RequireAuthorization(OrganizationPermissions.Grids.Default);

        group.MapGet("/", (ManageGrids grids, [AsParameters] PageRequest page, CancellationToken ct) => grids.ListAsync(page, ct))
            .WithName("ListGrids");
        group.MapGet("/officers", (GridOfficers officers, CancellationToken ct) => officers.ListAsync(ct))
            .WithName("ListGridOfficers");
        group.MapGet("/{id:guid}", (Guid id, ManageGrids grids, CancellationToken ct) => grids.GetAsync(id, ct))
            .WithName("GetGrid");
        group.MapPost("/", async Task<Created<GridDto>> (SaveGridRequest request, ManageGrids grids, CancellationToken ct) =>
            {
                var created = await grids.CreateAsync(request, ct);
                return TypedResults.Created($"/api/organization/grids/{created.Id}", created);
            })
            .RequireAuthorization(OrganizationPermissions.Grids.Manage)
            .WithName("CreateGrid")
            .ProducesValidationProblem();
        group.MapPut("/{id:guid}", (Guid id, SaveGridRequest request, ManageGrids grids, CancellationToken ct) => grids.RenameAsync(id, request, ct))
            .RequireAuthorization(OrganizationPermissions.Grids.Manage)
            .WithName("RenameGrid")
            .ProducesValidationProblem();
        group.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, ManageGrids grids, CancellationToken ct) =>
            {
                await grids.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(OrganizationPermissions.Grids.Manage)
            .WithName("DeleteGrid");
        group.MapPut("/{id:guid}/officer", (Guid id, SetGridOfficerRequest request, ManageGrids grids, CancellationToken ct) =>
                grids.SetOfficerAsync(id, request, ct))
            .RequireAuthorization(OrganizationPermissions.Grids.Manage)
            .WithName("SetGridOfficer")
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/enterprises", (Guid id, GridEnterprisesRequest request, AssignGridEnterprises assign, CancellationToken ct) =>
                assign.AddAsync(id, request, ct))
            .RequireAuthorization(OrganizationPermissions.Grids.Manage)
            .WithName("AddGridEnterprises")
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/enterprises/remove", (Guid id, GridEnterprisesRequest request, AssignGridEnterprises assign, CancellationToken ct) =>
                assign.RemoveAsync(id, request, ct))
            .RequireAuthorization(OrganizationPermissions.Grids.Manage)
            .WithName("RemoveGridEnterprises")
            .ProducesValidationProblem();
        return endpoints;
    }
}
