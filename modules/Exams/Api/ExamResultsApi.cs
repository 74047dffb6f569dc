using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Exams.Statistics;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Exams.Api;

/// <summary>/api/exams/results: exams with results, score distribution and pass rates, item statistics, who has not passed, the leave-page log, exports.</summary>
public static class ExamResultsApi
{
    public static IEndpointRouteBuilder MapExamResultsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/exams/results").WithTags("Exams").RequireAuthorization(ExamsPermissions.Exams.Results);
        group.MapGet("/", (ReadExamStatistics read, [AsParameters] PageRequest page, CancellationToken ct) => read.ListExamsAsync(page, ct))
            .WithName("ListExamResults");
        group.MapGet("/{id:guid}", (Guid id, Guid? townId, ReadExamStatistics read, CancellationToken ct) => read.StatisticsAsync(id, townId, ct))
            .WithName("GetExamStatistics");
        group.MapGet("/{id:guid}/questions", (Guid id, Guid? townId, ReadExamStatistics read, CancellationToken ct) => read.QuestionsAsync(id, townId, ct))
            .WithName("GetExamQuestionStatistics");
        group.MapGet("/{id:guid}/questions/export", async (Guid id, Guid? townId, ReadExamStatistics read, ResultsExport export, HttpContext http,
            CancellationToken ct) =>
            {
                var rows = await read.QuestionsAsync(id, townId, ct);
                Attach(http, "exam-questions.xlsx");
                await export.WriteQuestionsAsync(http.Response.Body, rows, ct);
            }).WithName("ExportExamQuestionStatistics");
        group.MapGet("/{id:guid}/people", (Guid id, ReadExamPeople read, [AsParameters] PageRequest page, [AsParameters] ExamPeopleFilter filter,
            CancellationToken ct) => read.PeopleAsync(id, filter, page, ct)).WithName("ListExamPeople");
        group.MapGet("/{id:guid}/people/export", async (Guid id, ReadExamPeople read, ResultsExport export, HttpContext http,
            [AsParameters] ExamPeopleFilter filter, string? search, CancellationToken ct) =>
            {
                var rows = await read.AllPeopleAsync(id, filter, search, ResultsExport.MaxRows, ct);
                Attach(http, "exam-people.xlsx");
                await export.WritePeopleAsync(http.Response.Body, rows, ct);
            }).WithName("ExportExamPeople");
        group.MapGet("/{id:guid}/leave-page", (Guid id, Guid? attemptId, Guid? townId, ReadLeavePageLog read, [AsParameters] PageRequest page,
            CancellationToken ct) => read.ListAsync(id, attemptId, townId, page, ct)).WithName("ListExamLeavePageEvents");
        return endpoints;
    }

    private static void Attach(HttpContext http, string fileName)
    {
        http.Response.ContentType = Workbooks.ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
    }
}
