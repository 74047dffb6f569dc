using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>/api/articles/case-warnings: the reading list and receipts for everyone, writing for managers, review for reviewers.</summary>
public static class CaseWarningApis
{
    public const string Root = "/api/articles/case-warnings";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Root).WithTags("Articles").RequireAuthorization(ArticlesPermissions.CaseWarnings.Default);
        group.MapGet("", (ReadCaseWarnings read, [AsParameters] PageRequest page, [AsParameters] CaseWarningFilter filter, CancellationToken ct) =>
            read.ReadingListAsync(page, filter, ct)).WithName("ListCaseWarnings");
        group.MapGet("/{id:guid}", (Guid id, ReadCaseWarnings read, CancellationToken ct) => read.GetAsync(id, ct)).WithName("GetCaseWarning");
        group.MapGet("/{id:guid}/cover", async (Guid id, CaseWarningCovers covers, CancellationToken ct) =>
                await covers.OpenAsync(id, ct) is { } found ? Results.File(found.Content, found.File.ContentType, enableRangeProcessing: true) : Results.NotFound())
            .WithName("GetCaseWarningCover").Produces(StatusCodes.Status200OK, contentType: "image/jpeg");
        group.MapPost("/{id:guid}/open", (Guid id, RecordReading reading, CancellationToken ct) => reading.OpenAsync(id, ct))
            .WithName("OpenCaseWarning").WithSummary("Records the reader's first open (the read count rises once per reader)");
        group.MapPost("/{id:guid}/read-to-end", (Guid id, RecordReading reading, CancellationToken ct) => reading.ReadToEndAsync(id, ct))
            .WithName("ReadCaseWarningToEnd").WithSummary("Records once that the reader reached the end");
        group.MapGet("/readings/mine", (RecordReading reading, [AsParameters] PageRequest page, CancellationToken ct) => reading.MineAsync(page, ct))
            .WithName("ListMyCaseWarningReadings");

        var manage = group.MapGroup("").RequireAuthorization(ArticlesPermissions.CaseWarnings.Manage);
        manage.MapGet("/manage", (ReadCaseWarnings read, [AsParameters] PageRequest page, [AsParameters] CaseWarningFilter filter, CancellationToken ct) =>
            read.ManagedAsync(page, filter, ct)).WithName("ListManagedCaseWarnings");
        manage.MapPost("", async Task<Created<CaseWarningDto>> (SaveCaseWarningRequest request, ManageCaseWarnings articles, CancellationToken ct) =>
            {
                var created = await articles.CreateAsync(request, ct);
                return TypedResults.Created($"{Root}/{created.Id}", created);
            }).WithName("CreateCaseWarning").ProducesValidationProblem();
        manage.MapPut("/{id:guid}", (Guid id, SaveCaseWarningRequest request, ManageCaseWarnings articles, CancellationToken ct) =>
            articles.UpdateAsync(id, request, ct)).WithName("UpdateCaseWarning").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        manage.MapDelete("/{id:guid}", async (Guid id, ManageCaseWarnings articles, CancellationToken ct) =>
            {
                await articles.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            }).WithName("DeleteCaseWarning").ProducesValidationProblem();
        manage.MapPost("/{id:guid}/submit", (Guid id, ReviewCaseWarnings review, CancellationToken ct) => review.SubmitAsync(id, ct))
            .WithName("SubmitCaseWarning").ProducesValidationProblem();
        manage.MapPost("/{id:guid}/cover", async (Guid id, HttpContext http, CaseWarningScope scope, CaseWarningCovers covers, CancellationToken ct) =>
            {
                await scope.FindOwnAsync(id, ct);
                var file = await CaseWarningUpload.ReadFileAsync(http, ct);
                await using var content = file.OpenReadStream();
                return await covers.UploadAsync(id, file.FileName, content, ct);
            }).WithName("UploadCaseWarningCover").WithSummary("multipart/form-data, field \"file\"").ProducesValidationProblem();
        manage.MapPost("/preview", (PreviewCaseWarningRequest request, CaseWarningBodies bodies) =>
            new CaseWarningPreviewDto(bodies.ToHtml(request.Markdown ?? ""))).WithName("PreviewCaseWarning");

        var review = group.MapGroup("").RequireAuthorization(ArticlesPermissions.CaseWarnings.Review);
        review.MapPost("/{id:guid}/approve", (Guid id, ApproveCaseWarningRequest request, ReviewCaseWarnings reviews, CancellationToken ct) =>
            reviews.ApproveAsync(id, request, ct)).WithName("ApproveCaseWarning").ProducesValidationProblem();
        review.MapPost("/{id:guid}/return", (Guid id, ReturnCaseWarningRequest request, ReviewCaseWarnings reviews, CancellationToken ct) =>
            reviews.ReturnAsync(id, request, ct)).WithName("ReturnCaseWarning").ProducesValidationProblem();
        review.MapPost("/{id:guid}/withdraw", (Guid id, ReviewCaseWarnings reviews, CancellationToken ct) => reviews.WithdrawAsync(id, ct))
            .WithName("WithdrawCaseWarning").ProducesValidationProblem();
    }
}
