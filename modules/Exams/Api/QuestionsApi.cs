using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Exams.Application;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Api;

/// <summary>/api/exams/questions: the question bank (list and filters, one question, writing, bulk tags, duplicates).</summary>
public static class QuestionsApi
{
    public static IEndpointRouteBuilder MapQuestionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/exams/questions").WithTags("Exams")
            .RequireAuthorization(ExamsPermissions.Questions.Default);
        group.MapGet("/", (ReadQuestions read, [AsParameters] PageRequest page, [AsParameters] QuestionFilter filter, CancellationToken ct) =>
                read.ListAsync(page, filter, ct))
            .WithName("ListQuestions");
        group.MapGet("/duplicates", (ReadQuestions read, [AsParameters] PageRequest page, CancellationToken ct) => read.DuplicateGroupsAsync(page, ct))
            .WithName("ListDuplicateQuestions");
        group.MapGet("/{id:guid}", (Guid id, ReadQuestions read, CancellationToken ct) => read.GetAsync(id, ct))
            .WithName("GetQuestion");
        group.MapPost("/", async Task<Created<QuestionDto>> (SaveQuestionRequest request, ManageQuestions manage, CancellationToken ct) =>
            {
                var created = await manage.CreateAsync(request, ct);
                return TypedResults.Created($"/api/exams/questions/{created.Id}", created);
            })
            .RequireAuthorization(ExamsPermissions.Questions.Manage).WithName("CreateQuestion").ProducesValidationProblem();
        group.MapPut("/{id:guid}", (Guid id, SaveQuestionRequest request, ManageQuestions manage, CancellationToken ct) =>
                manage.UpdateAsync(id, request, ct))
            .RequireAuthorization(ExamsPermissions.Questions.Manage).WithName("UpdateQuestion")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/retire", (Guid id, ManageQuestions manage, CancellationToken ct) => manage.RetireAsync(id, true, ct))
            .RequireAuthorization(ExamsPermissions.Questions.Manage).WithName("RetireQuestion");
        group.MapPost("/{id:guid}/restore", (Guid id, ManageQuestions manage, CancellationToken ct) => manage.RetireAsync(id, false, ct))
            .RequireAuthorization(ExamsPermissions.Questions.Manage).WithName("RestoreQuestion");
        group.MapPost("/tags", (BulkTagRequest request, ManageQuestions manage, CancellationToken ct) => manage.TagAsync(request, ct))
            .RequireAuthorization(ExamsPermissions.Questions.Manage).WithName("TagQuestions").ProducesValidationProblem();
        return endpoints;
    }
}
