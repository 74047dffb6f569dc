using System.Net.Mime;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using SafetyPortal.Platform.Application;
using SafetyPortal.Workflows.Application;

namespace SafetyPortal.Workflows.Api;

/// <summary>/api/workflows/tasks/{id}/files and /api/workflows/files/{id}: photos and documents of task forms.</summary>
public static class FilesApi
{
    public static IEndpointRouteBuilder MapFilesApi(this IEndpointRouteBuilder endpoints)
    {
        var tasks = endpoints.MapGroup("/api/workflows/tasks").WithTags("Workflows")
            .RequireAuthorization(WorkflowsPermissions.Tasks.Default);
        // The form (multipart, field "files") is read by hand after the task is checked, so another town's task answers
        // 404 whatever the body is. No Accepts metadata: routing would answer 415 to a foreign id sent with JSON first.
        tasks.MapPost("/{id:guid}/files", (Guid id, HttpContext context, TaskFiles taskFiles, IAntiforgery antiforgery,
                IStringLocalizer<WorkflowsResource> text, CancellationToken ct) =>
                taskFiles.UploadAsync(id, async () =>
                {
                    if (!context.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(context))
                    {
                        throw ValidationException.For("files", text["FileUploadForm"]);
                    }
                    return (await context.Request.ReadFormAsync(ct)).Files.GetFiles("files");
                }, ct))
            .WithName("UploadWorkflowTaskFiles")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        tasks.MapGet("/{id:guid}/files", (Guid id, TaskFiles taskFiles, CancellationToken ct) => taskFiles.OfTaskAsync(id, ct))
            .WithName("ListWorkflowTaskFiles");

        endpoints.MapGet("/api/workflows/files/{id:guid}", async Task<FileStreamHttpResult> (Guid id, TaskFiles taskFiles, HttpContext context, CancellationToken ct) =>
            {
                var (file, content) = await taskFiles.OpenAsync(id, ct);
                var inline = UploadRules.IsImage(file.ContentType) || file.ContentType == MediaTypeNames.Application.Pdf;
                var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
                disposition.SetHttpFileName(file.Name);
                context.Response.Headers.ContentDisposition = disposition.ToString();
                return TypedResults.File(content, file.ContentType, enableRangeProcessing: true);
            })
            .WithTags("Workflows")
            .WithName("DownloadWorkflowFile")
            .RequireAuthorization()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }
}
