using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Organization.Import;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Organization.Api;

/// <summary>
/// /api/organization/import: upload enterprises or staff as .xlsx or .csv (multipart field "file", with
/// the antiforgery token in the RequestVerificationToken header), follow the job, fetch its report.
/// </summary>
public static class ImportApi
{

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/organization/import")
            .WithTags("Organization")
            .RequireAuthorization(OrganizationPermissions.Import.Default);

        group.MapPost("/enterprises", (IFormFile? file, ManageImports imports, CancellationToken ct) => StartAsync(ImportKind.Enterprises, file, imports, ct))
            .WithName("ImportEnterprises")
            .ProducesValidationProblem();
        group.MapPost("/staff", (IFormFile? file, ManageImports imports, CancellationToken ct) => StartAsync(ImportKind.Staff, file, imports, ct))
            .WithName("ImportStaff")
            .ProducesValidationProblem();
        group.MapGet("/jobs", (ManageImports imports, [AsParameters] PageRequest page, CancellationToken ct) => imports.ListAsync(page, ct))
            .WithName("ListImportJobs");
        group.MapGet("/jobs/{id:guid}", (Guid id, ManageImports imports, CancellationToken ct) => imports.GetAsync(id, ct))
            .WithName("GetImportJob");
        group.MapGet("/jobs/{id:guid}/report.xlsx", async Task<FileStreamHttpResult> (Guid id, ManageImports imports, CancellationToken ct) =>
            {
                var (content, fileName) = await imports.ReportWorkbookAsync(id, ct);
                return TypedResults.File(content, Workbooks.ContentType, fileName);
            })
            .WithName("DownloadImportReport");
        group.MapGet("/templates/{kind}.xlsx", async Task<Results<FileStreamHttpResult, NotFound>> (string kind, ManageImports imports, CancellationToken ct) =>
            {
                if (!Enum.TryParse<ImportKind>(kind, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                {
                    return TypedResults.NotFound();
                }
                return TypedResults.File(await imports.TemplateAsync(parsed, ct), Workbooks.ContentType, $"{parsed.ToString().ToLowerInvariant()}-template.xlsx");
            })
            .WithName("DownloadImportTemplate");
        return endpoints;
    }

    private static async Task<Accepted<ImportJobDto>> StartAsync(ImportKind kind, IFormFile? file, ManageImports imports, CancellationToken ct)
    {
        var job = await imports.StartAsync(kind, file, ct);
        return TypedResults.Accepted($"/api/organization/import/jobs/{job.Id}", job);
    }
}
