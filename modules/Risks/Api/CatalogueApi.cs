using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Platform.Application;
using SafetyPortal.Risks.Application;

namespace SafetyPortal.Risks.Api;

/// <summary>/api/risks/industries and /api/risks/categories: the catalogue, the bureau's entries and the town's own.</summary>
public static class CatalogueApi
{
    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder endpoints)
    {
        var industries = endpoints.MapGroup("/api/risks/industries").WithTags("Risks")
            .RequireAuthorization(RisksPermissions.Catalogue.Default);
        industries.MapGet("/", (ManageCatalogue catalogue, CancellationToken ct) => catalogue.ListIndustriesAsync(ct))
            .WithName("ListRiskIndustries");
        industries.MapPost("/", async Task<Created<IndustryDto>> (SaveIndustryRequest request, ManageCatalogue catalogue, CancellationToken ct) =>
            {
                var created = await catalogue.CreateIndustryAsync(request, ct);
                return TypedResults.Created($"/api/risks/industries/{created.Id}", created);
            })
            .RequireAuthorization(RisksPermissions.Catalogue.Manage).WithName("CreateRiskIndustry").ProducesValidationProblem();

        var categories = endpoints.MapGroup("/api/risks/categories").WithTags("Risks")
            .RequireAuthorization(RisksPermissions.Catalogue.Default);
        categories.MapGet("/", (ManageCatalogue catalogue, [AsParameters] PageRequest page, [AsParameters] CategoryFilter filter, CancellationToken ct) =>
                catalogue.ListAsync(page, filter, ct))
            .WithName("ListRiskCategories");
        categories.MapGet("/{id:guid}", (Guid id, ManageCatalogue catalogue, CancellationToken ct) => catalogue.GetAsync(id, ct))
            .WithName("GetRiskCategory");
        categories.MapGet("/{id:guid}/versions/{version:int}", (Guid id, int version, ManageCatalogue catalogue, CancellationToken ct) =>
                catalogue.GetVersionAsync(id, version, ct))
            .WithName("GetRiskCategoryVersion");
        categories.MapPost("/", async Task<Created<CategoryDetailDto>> (SaveCategoryRequest request, ManageCatalogue catalogue, CancellationToken ct) =>
            {
                var created = await catalogue.CreateAsync(request, ct);
                return TypedResults.Created($"/api/risks/categories/{created.Id}", created);
            })
            .RequireAuthorization(RisksPermissions.Catalogue.Manage).WithName("CreateRiskCategory").ProducesValidationProblem();
        categories.MapPut("/{id:guid}", (Guid id, SaveCategoryRequest request, ManageCatalogue catalogue, CancellationToken ct) =>
                catalogue.PublishAsync(id, request, ct))
            .RequireAuthorization(RisksPermissions.Catalogue.Manage).WithName("PublishRiskCategoryVersion")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }
}
