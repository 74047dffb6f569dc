using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Organization.Application;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Organization.Api;

/// <summary>/api/organization/enterprises: the enterprises of the signed-in user's town.</summary>
public static class EnterprisesApi
{
    public static IEndpointRouteBuilder MapEnterprisesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/organization/enterprises",
                (ListEnterprises enterprises, [AsParameters] PageRequest page, CancellationToken ct) => enterprises.ExecuteAsync(page, ct))
            .WithTags("Organization")
            .WithName("ListEnterprises")
            .RequireAuthorization(OrganizationPermissions.Enterprises.Default);
        return endpoints;
    }
}
