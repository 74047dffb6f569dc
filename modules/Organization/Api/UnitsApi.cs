using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Organization.Application;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Organization.Api;

/// <summary>/api/organization/units: departments, workshops and teams, and who works in them.</summary>
public static class UnitsApi
{
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/organization/units/{id:guid}")
            .WithTags("Organization")
            .RequireAuthorization(OrganizationPermissions.Enterprises.Default);

        group.MapPost("/children", async Task<Created<OrganizationUnitDto>> (Guid id, SaveUnitRequest request, ManageOrganizationUnits units, CancellationToken ct) =>
            {
                var created = await units.CreateChildAsync(id, request, ct);
                return TypedResults.Created($"/api/organization/units/{created.Id}", created);
            })
            .RequireAuthorization(OrganizationPermissions.Enterprises.Manage)
            .WithName("CreateUnit")
            .ProducesValidationProblem();
        group.MapPut("/", async Task<NoContent> (Guid id, SaveUnitRequest request, ManageOrganizationUnits units, CancellationToken ct) =>
            {
                await units.RenameAsync(id, request, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(OrganizationPermissions.Enterprises.Manage)
            .WithName("RenameUnit")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/", async Task<NoContent> (Guid id, ManageOrganizationUnits units, CancellationToken ct) =>
            {
                await units.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(OrganizationPermissions.Enterprises.Manage)
            .WithName("DeleteUnit")
            .ProducesValidationProblem();
        group.MapGet("/members", (Guid id, ManageMembers members, [AsParameters] PageRequest page, CancellationToken ct) =>
                members.ListAsync(id, page, ct))
            .WithName("ListUnitMembers");
        group.MapPost("/members", async Task<NoContent> (Guid id, AddMemberRequest request, ManageMembers members, CancellationToken ct) =>
            {
                await members.AddAsync(id, request, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(OrganizationPermissions.Enterprises.Manage)
            .WithName("AddUnitMember")
            .ProducesValidationProblem();
        group.MapDelete("/members/{userId:guid}", async Task<NoContent> (Guid id, Guid userId, ManageMembers members, CancellationToken ct) =>
            {
                await members.RemoveAsync(id, userId, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(OrganizationPermissions.Enterprises.Manage)
            .WithName("RemoveUnitMember");
        return endpoints;
    }
}
