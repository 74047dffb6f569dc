using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Import;
using SafetyPortal.Risks.Import;

namespace SafetyPortal.Risks.Api;

/// <summary>/api/risks/import/catalogue and /points: upload an .xlsx or .csv, get the per-row report back.</summary>
public static class ImportApi
{
    public static IEndpointRouteBuilder MapRisksImportApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/risks/import").WithTags("Risks");
        group.MapPost("/catalogue", (IFormFile file, CatalogueImport import, IStringLocalizer<RisksResource> text, CancellationToken ct) =>
                RunAsync(file, text, (s, f) => import.RunAsync(s, f, ct)))
            .RequireAuthorization(RisksPermissions.Catalogue.Manage).WithName("ImportRiskCatalogue");
        group.MapPost("/points", (IFormFile file, RiskPointImport import, IStringLocalizer<RisksResource> text, CancellationToken ct) =>
                RunAsync(file, text, (s, f) => import.RunAsync(s, f, ct)))
            .RequireAuthorization(RisksPermissions.Points.Report).WithName("ImportRiskPoints");
        return endpoints;
    }

    private static async Task<RiskImportResult> RunAsync(IFormFile file, IStringLocalizer text, Func<Stream, ImportFileFormat, Task<ImportReport>> run)
    {
        await using var content = new MemoryStream();
        await file.CopyToAsync(content);
        content.Position = 0;
        try
        {
            var format = SheetReader.DetectFormat(file.FileName, content, text);
            return RiskImportResult.From(await run(content, format));
        }
        catch (ImportFileException ex)
        {
            return RiskImportResult.From(new ImportReport { FileError = ex.Message });
        }
    }
}
