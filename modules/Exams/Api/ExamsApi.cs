using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Api;

/// <summary>/api/exams/exams: exam management (window, duration, grading, review, audience; draft and published).</summary>
public static class ExamsApi
{
    public static IEndpointRouteBuilder MapExamsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/exams/exams").WithTags("Exams").RequireAuthorization(ExamsPermissions.Exams.Manage);
        group.MapGet("/", (ManageExams exams, [AsParameters] PageRequest page, CancellationToken ct) => exams.ListAsync(page, ct))
            .WithName("ListExams");
        group.MapGet("/{id:guid}", (Guid id, ManageExams exams, CancellationToken ct) => exams.GetAsync(id, ct)).WithName("GetExam");
        group.MapPost("/", async Task<Created<ExamDto>> (SaveExamRequest request, ManageExams exams, CancellationToken ct) =>
            {
                var created = await exams.CreateAsync(request, ct);
                return TypedResults.Created($"/api/exams/exams/{created.Id}", created);
            })
            .WithName("CreateExam").ProducesValidationProblem();
        group.MapPut("/{id:guid}", (Guid id, SaveExamRequest request, ManageExams exams, CancellationToken ct) => exams.UpdateAsync(id, request, ct))
            .WithName("UpdateExam").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/publish", (Guid id, ManageExams exams, CancellationToken ct) => exams.PublishAsync(id, true, ct))
            .WithName("PublishExam").ProducesValidationProblem();
        group.MapPost("/{id:guid}/unpublish", (Guid id, ManageExams exams, CancellationToken ct) => exams.PublishAsync(id, false, ct))
            .WithName("UnpublishExam");
        return endpoints;
    }
}
