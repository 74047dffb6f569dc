using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Exams.Practice;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Api;

/// <summary>/api/exams/mistakes: the signed-in user's mistake book (错题本): list with filters and paging, counts, removing an entry.</summary>
public static class MistakesApi
{
    public static IEndpointRouteBuilder MapMistakesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/exams/mistakes").WithTags("Exams").RequireAuthorization(ExamsPermissions.Exams.Default);
        group.MapGet("/", (MistakeBook book, [AsParameters] PageRequest page, [AsParameters] MistakeFilter filter, CancellationToken ct) =>
                book.ListAsync(page, filter, ct))
            .WithName("ListMistakes").ProducesValidationProblem();
        group.MapGet("/counts", (MistakeBook book, CancellationToken ct) => book.CountsAsync(ct)).WithName("CountMistakes");
        group.MapDelete("/{questionId:guid}", async Task<NoContent> (Guid questionId, MistakeBook book, CancellationToken ct) =>
            {
                await book.RemoveAsync(questionId, ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveMistake").ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }
}
