using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Interop;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Exams.Api;

/// <summary>
/// /api/exams/questions/import (multipart field "file", ?format=moodlexml|gift|aiken|xlsx, optional categoryId),
/// /export?format=moodlexml|xlsx[&amp;categoryId=] and /template (the Excel template).
/// </summary>
public static class QuestionFilesApi
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public static IEndpointRouteBuilder MapQuestionFilesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/exams/questions").WithTags("Exams")
            .RequireAuthorization(ExamsPermissions.Questions.Default);
        group.MapPost("/import", ImportAsync)
            .RequireAuthorization(ExamsPermissions.Questions.Manage).WithName("ImportQuestions")
            .ProducesValidationProblem();
        group.MapGet("/export", async (string? format, Guid? categoryId, ExportQuestions export, IStringLocalizer<ExamsResource> text, CancellationToken ct) =>
            {
                return ImportQuestions.ParseFormat(format ?? "moodlexml") switch
                {
                    QuestionImportFormat.MoodleXml => TypedResults.File(await export.MoodleXmlAsync(categoryId, ct), "application/xml", "questions-moodle.xml"),
                    QuestionImportFormat.Xlsx => TypedResults.File(await export.WorkbookAsync(categoryId, ct), Workbooks.ContentType, "questions.xlsx"),
                    _ => throw ValidationException.For("format", text["ExportFormatUnknown"]),
                };
            })
            .WithName("ExportQuestions").ProducesValidationProblem();
        group.MapGet("/template", async (ExportQuestions export, IStringLocalizer<ExamsResource> text, CancellationToken ct) =>
                TypedResults.File(await export.TemplateAsync(ct), Workbooks.ContentType, text["TemplateFileName"] + ".xlsx"))
            .WithName("QuestionImportTemplate");
        return endpoints;
    }

    private static async Task<ImportResultDto> ImportAsync(IFormFile? file, [FromQuery] string? format, [FromQuery] Guid? categoryId,
        ImportQuestions import, IStringLocalizer<ExamsResource> text, CancellationToken ct)
    {
        var kind = ImportQuestions.ParseFormat(format) ?? throw ValidationException.For("format", text["FormatUnknown"]);
        if (file is null || file.Length == 0)
        {
            throw ValidationException.For(ImportQuestions.FileField, text["ImportFileEmpty"]);
        }
        if (file.Length > MaxFileBytes)
        {
            throw ValidationException.For(ImportQuestions.FileField, text["ImportFileTooLarge", MaxFileBytes / 1024 / 1024]);
        }
        await using var content = new MemoryStream();
        await file.CopyToAsync(content, ct);
        content.Position = 0;
        return await import.RunAsync(content, kind, categoryId, ct);
    }
}
