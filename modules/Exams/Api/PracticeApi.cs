using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Practice;

namespace SafetyPortal.Exams.Api;

/// <summary>
/// /api/exams/practice: the categories to choose from, drawing questions (never with their answers), answering one
/// with instant feedback (correct answer and explanation), and the user's practice counts.
/// </summary>
public static class PracticeApi
{
    public static IEndpointRouteBuilder MapPracticeApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/exams/practice").WithTags("Exams").RequireAuthorization(ExamsPermissions.Exams.Default);
        group.MapGet("/categories", (ManageCategories categories, CancellationToken ct) => categories.ListAsync(ct)).WithName("ListPracticeCategories");
        group.MapPost("/draw", (PracticeRequest request, PracticeDraw draw, CancellationToken ct) => draw.DrawAsync(request, ct))
            .WithName("DrawPracticeQuestions").ProducesValidationProblem();
        group.MapPost("/questions/{questionId:guid}/answer", (Guid questionId, PracticeAnswerRequest request, PracticeAnswers answers, CancellationToken ct) =>
                answers.AnswerAsync(questionId, request, ct))
            .WithName("AnswerPracticeQuestion").ProducesValidationProblem();
        group.MapGet("/stats", (PracticeTallies tallies, CancellationToken ct) => tallies.ReadAsync(ct)).WithName("GetPracticeStats");
        return endpoints;
    }
}
