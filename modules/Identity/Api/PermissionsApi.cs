using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Identity.Application.Permissions;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Identity.Api;

/// <summary>
/// /api/identity/permissions?providerName=R&amp;providerKey=&lt;role name&gt; (or U and a user id): the permission tree of
/// the current side with that role's or user's grants. Roles need Identity.Roles.ManagePermissions, users
/// Identity.Users.ManagePermissions.
/// </summary>
public static class PermissionsApi
{
    public static IEndpointRouteBuilder MapPermissionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/identity/permissions").WithTags("Identity").RequireAuthorization();
        group.MapGet("/", async Task<Results<Ok<PermissionTreeDto>, ForbidHttpResult>> (
                string? providerName, string? providerKey, ManagePermissionGrants grants,
                IAuthorizationService authorization, ClaimsPrincipal user, CancellationToken ct) =>
            {
                if (!await MayManageAsync(authorization, user, providerName))
                {
                    return TypedResults.Forbid();
                }
                return TypedResults.Ok(await grants.GetAsync(providerName, providerKey, ct));
            })
            .WithName("GetPermissionGrants")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/", async Task<Results<Ok<PermissionTreeDto>, ForbidHttpResult>> (
                string? providerName, string? providerKey, SavePermissionGrantsRequest request, ManagePermissionGrants grants,
                IAuthorizationService authorization, ClaimsPrincipal user, CancellationToken ct) =>
            {
                if (!await MayManageAsync(authorization, user, providerName))
                {
                    return TypedResults.Forbid();
                }
                return TypedResults.Ok(await grants.SaveAsync(providerName, providerKey, request, user, ct));
            })
            .WithName("SavePermissionGrants")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    internal static async Task<bool> MayManageAsync(IAuthorizationService authorization, ClaimsPrincipal user, string? providerName)
    {
        var permission = providerName == PermissionGrant.UserProvider
            ? IdentityPermissions.Users.ManagePermissions
            : IdentityPermissions.Roles.ManagePermissions;
        return (await authorization.AuthorizeAsync(user, permission)).Succeeded;
    }
}
