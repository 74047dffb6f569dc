using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Identity.Application.Roles;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Identity.Api;

/// <summary>/api/identity/roles: the roles of the signed-in user's town (or of the bureau).</summary>
public static class RolesApi
{
    public static IEndpointRouteBuilder MapRolesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/identity/roles")
            .WithTags("Identity")
            .RequireAuthorization(IdentityPermissions.Roles.Default);

        group.MapGet("/", (ManageRoles roles, [AsParameters] PageRequest page, CancellationToken ct) => roles.ListAsync(page, ct))
            .WithName("ListRoles");
        group.MapGet("/{id:guid}", (Guid id, ManageRoles roles, CancellationToken ct) => roles.GetAsync(id, ct))
            .WithName("GetRole");
        group.MapPost("/", async Task<Created<RoleDto>> (SaveRoleRequest request, ManageRoles roles, CancellationToken ct) =>
            {
                var created = await roles.CreateAsync(request, ct);
                return TypedResults.Created($"/api/identity/roles/{created.Id}", created);
            })
            .RequireAuthorization(IdentityPermissions.Roles.Create)
            .WithName("CreateRole")
            .ProducesValidationProblem();
        group.MapPut("/{id:guid}", (Guid id, SaveRoleRequest request, ManageRoles roles, CancellationToken ct) => roles.UpdateAsync(id, request, ct))
            .RequireAuthorization(IdentityPermissions.Roles.Edit)
            .WithName("UpdateRole")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}", async (Guid id, ManageRoles roles, CancellationToken ct) =>
            {
                await roles.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(IdentityPermissions.Roles.Delete)
            .WithName("DeleteRole")
            .ProducesValidationProblem();
        return endpoints;
    }
}
