using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Exams.Application;

namespace SafetyPortal.Exams.Api;

/// <summary>/api/exams/categories: the question category tree, the bureau's nodes and the town's own.</summary>
public static class CategoriesApi
{
    public static IEndpointRouteBuilder MapCategoriesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/exams/categories").WithTags("Exams")
            .RequireAuthorization(ExamsPermissions.Questions.Default);
        group.MapGet("/", (ManageCategories categories, CancellationToken ct) => categories.ListAsync(ct))
            .WithName("ListQuestionCategories");
        group.MapGet("/{id:guid}", (Guid id, ManageCategories categories, CancellationToken ct) => categories.GetAsync(id, ct))
            .WithName("GetQuestionCategory");
        group.MapPost("/", async Task<Created<CategoryDto>> (SaveCategoryRequest request, ManageCategories categories, CancellationToken ct) =>
            {
                var created = await categories.CreateAsync(request, ct);
                return TypedResults.Created($"/api/exams/categories/{created.Id}", created);
            })
            .RequireAuthorization(ExamsPermissions.Questions.Manage).WithName("CreateQuestionCategory").ProducesValidationProblem();
        group.MapPut("/{id:guid}", (Guid id, SaveCategoryRequest request, ManageCategories categories, CancellationToken ct) =>
                categories.UpdateAsync(id, request, ct))
            .RequireAuthorization(ExamsPermissions.Questions.Manage).WithName("UpdateQuestionCategory")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, ManageCategories categories, CancellationToken ct) =>
            {
                await categories.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ExamsPermissions.Questions.Manage).WithName("DeleteQuestionCategory").ProducesValidationProblem();
        return endpoints;
    }
}
