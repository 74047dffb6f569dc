using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Learning.Application;
using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Learning.Api;

/// <summary>/api/learning/lessons/{id}: the player's lesson, study sessions and heartbeats; /api/learning/ledger: my credit hours.</summary>
public static class StudyApi
{
    public static IEndpointRouteBuilder MapStudyApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/learning").WithTags("Learning").RequireAuthorization(LearningPermissions.Courses.Default);
        group.MapGet("/courses/{id:guid}/progress", (Guid id, ReadStudy study, CancellationToken ct) => study.CourseProgressAsync(id, ct))
            .WithName("GetCourseProgress");
        group.MapGet("/lessons/{id:guid}", (Guid id, ReadStudy study, CancellationToken ct) => study.LessonAsync(id, ct)).WithName("GetLesson");
        group.MapPost("/lessons/{id:guid}/sessions", (Guid id, StudyLessons study, CancellationToken ct) => study.StartAsync(id, ct))
            .WithName("StartStudySession");
        group.MapPost("/lessons/{id:guid}/heartbeats", (Guid id, HeartbeatRequest request, StudyLessons study, CancellationToken ct) =>
                study.BeatAsync(id, request, ct))
            // Every learner's page sends one every 30 s: a credited or judged beat is not an audit event (forged ones are logged
            // as warnings, refused ones still audited).
            .WithName("SendHeartbeat").ProducesValidationProblem().WithMetadata(new DisableAuditingAttribute());
        group.MapGet("/ledger", (int? year, ReadLedger ledger, CancellationToken ct) => ledger.MineAsync(year, ct)).WithName("GetMyLedger");
        group.MapGet("/ledger/export", async (int? year, ReadLedger ledger, HttpContext http, CancellationToken ct) =>
            {
                http.Response.ContentType = Workbooks.ContentType;
                http.Response.Headers.ContentDisposition = $"attachment; filename=credit-hours-{year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "current"}.xlsx";
                await ledger.WriteAsync(http.Response.Body, year, ct);
            })
            .WithName("ExportMyLedger").Produces(StatusCodes.Status200OK, contentType: Workbooks.ContentType);
        return endpoints;
    }
}
