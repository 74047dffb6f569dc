using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Identity.Application.Users;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Identity.Api;

/// <summary>/api/identity/users: the users of the signed-in user's town (or of the bureau).</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/identity/users")
            .WithTags("Identity")
            .RequireAuthorization(IdentityPermissions.Users.Default);

        group.MapGet("/", (UserQueries users, [AsParameters] PageRequest page, CancellationToken ct) => users.ListAsync(page, ct))
            .WithName("ListUsers");
        group.MapGet("/{id:guid}", (Guid id, UserQueries users, CancellationToken ct) => users.GetAsync(id, ct))
            .WithName("GetUser");
        group.MapPost("/", async Task<Created<UserDto>> (SaveUserRequest request, ManageUsers users, CancellationToken ct) =>
            {
                var created = await users.CreateAsync(request, ct);
                return TypedResults.Created($"/api/identity/users/{created.Id}", created);
            })
            .RequireAuthorization(IdentityPermissions.Users.Create)
            .WithName("CreateUser")
            .ProducesValidationProblem();
        group.MapPut("/{id:guid}", (Guid id, SaveUserRequest request, ManageUsers users, CancellationToken ct) => users.UpdateAsync(id, request, ct))
            .RequireAuthorization(IdentityPermissions.Users.Edit)
            .WithName("UpdateUser")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}", async (Guid id, ManageUsers users, ClaimsPrincipal actor, CancellationToken ct) =>
            {
                await users.DeleteAsync(id, actor, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(IdentityPermissions.Users.Delete)
            .WithName("DeleteUser")
            .ProducesValidationProblem();
        group.MapPut("/{id:guid}/roles", (Guid id, SetUserRolesRequest request, ManageUsers users, CancellationToken ct) => users.SetRolesAsync(id, request, ct))
            .RequireAuthorization(IdentityPermissions.Users.Edit)
            .WithName("SetUserRoles")
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/lock", (Guid id, UserLockout lockout, ClaimsPrincipal actor, CancellationToken ct) => lockout.LockAsync(id, actor, ct))
            .RequireAuthorization(IdentityPermissions.Users.Edit)
            .WithName("LockUser")
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/unlock", (Guid id, UserLockout lockout, CancellationToken ct) => lockout.UnlockAsync(id, ct))
            .RequireAuthorization(IdentityPermissions.Users.Edit)
            .WithName("UnlockUser");
        group.MapDelete("/{id:guid}/two-factor", (Guid id, UserLockout lockout, CancellationToken ct) => lockout.ResetTwoFactorAsync(id, ct))
            .RequireAuthorization(IdentityPermissions.Users.Edit)
            .WithName("ResetUserTwoFactor");
        return endpoints;
    }
}
