using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Organization.Application;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Organization.Api;

/// <summary>
/// Bureau staff switch into a town and back. As /api/account/login: a bearer token in the body, or with
/// ?useCookies=true the browser cookie is replaced (204).
/// </summary>
public static class TownSwitchApi
{
    public static IEndpointRouteBuilder MapTownSwitchApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/organization/tenants").WithTags("Organization");
        group.MapPost("/{id:guid}/enter", async (Guid id, EnterTownRequest request, [FromQuery] bool? useCookies,
                    SwitchTown switchTown, ClaimsPrincipal user, CancellationToken ct) =>
                {
                    await switchTown.EnterAsync(id, request, user, SignInAnswer.Scheme(useCookies), ct);
                    return SignInAnswer.Of(useCookies);
                })
            .RequireAuthorization(OrganizationPermissions.Tenants.Enter)
            .WithName("EnterTown")
            .WithSummary("Switch into a town as its admin (or the named user); the audit log names the bureau user behind every write.")
            .Produces<AccessTokenResponse>()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/leave", async ([FromQuery] bool? useCookies, SwitchTown switchTown, ClaimsPrincipal user) =>
                {
                    await switchTown.LeaveAsync(user, SignInAnswer.Scheme(useCookies));
                    return SignInAnswer.Of(useCookies);
                })
            .RequireAuthorization()
            .WithName("LeaveTown")
            .WithSummary("Back to the bureau after switching into a town.")
            .Produces<AccessTokenResponse>()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return endpoints;
    }
}
