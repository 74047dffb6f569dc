using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Platform.Auditing;

namespace SafetyPortal.Exams.Api;

/// <summary>
/// /api/exams/my and /api/exams/attempts: the candidate's exams, starting, resuming, answering (idempotent by sequence),
/// leaving-page events and submitting. An attempt that takes no more answers answers 409 with nothing stored.
/// </summary>
public static class AttemptsApi
{
    public static IEndpointRouteBuilder MapAttemptsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/exams").WithTags("Exams").RequireAuthorization(ExamsPermissions.Exams.Default)
            .AddEndpointFilter(async (context, next) =>
            {
                try
                {
                    return await next(context);
                }
                catch (AttemptClosedException closed)
                {
                    return TypedResults.Problem(closed.Message, statusCode: StatusCodes.Status409Conflict);
                }
            });
        group.MapGet("/my", (ReadMyExams read, CancellationToken ct) => read.ListAsync(ct)).WithName("ListMyExams");
        group.MapPost("/exams/{id:guid}/attempts", async Task<Created<AttemptDto>> (Guid id, StartAttempt start, CancellationToken ct) =>
            {
                var attempt = await start.StartAsync(id, ct);
                return TypedResults.Created($"/api/exams/attempts/{attempt.Id}", attempt);
            })
            .WithName("StartAttempt").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/attempts/{id:guid}", (Guid id, TakeAttempt take, CancellationToken ct) => take.GetAsync(id, ct)).WithName("GetAttempt");
        group.MapPut("/attempts/{id:guid}/answers/{questionNo:int}", (Guid id, int questionNo, SaveAnswerRequest request, SaveAnswer save, CancellationToken ct) =>
                save.SaveAsync(id, questionNo, request, ct))
            .WithName("SaveAnswer").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict)
            // Every answer is kept in the attempt with its sequence number and time; a saved one writes no audit entry
            // (refused ones still do), or a sitting of thousands would write one per click.
            .WithMetadata(new DisableAuditingAttribute());
        group.MapPost("/attempts/{id:guid}/events", (Guid id, AttemptEventRequest request, TakeAttempt take, CancellationToken ct) =>
                take.ReportEventAsync(id, request, ct))
            .WithName("ReportAttemptEvent").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/attempts/{id:guid}/submit", (Guid id, SubmitAttempt submit, CancellationToken ct) => submit.SubmitAsync(id, ct))
            .WithName("SubmitAttempt");
        return endpoints;
    }
}
