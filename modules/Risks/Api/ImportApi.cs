using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SafetyPortal.Risks.Import;

namespace SafetyPortal.Risks.Api;

/// <summary>/api/risks/import/catalogue and /points: upload an .xlsx or .csv, get the per-row report back.</summary>
public static class ImportApi
{
    public static IEndpointRouteBuilder MapRisksImportApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/risks/import").WithTags("Risks");
        group.MapPost("/catalogue", (IFormFile file, CatalogueImport import, IStringLocalizer<RisksResource> text, CancellationToken ct) =>
                RiskImportUpload.RunAsync(file, text, (s, f) => import.RunAsync(s, f, ct)))
            .RequireAuthorization(RisksPermissions.Catalogue.Manage).WithName("ImportRiskCatalogue");
        group.MapPost("/points", (IFormFile file, RiskPointImport import, IStringLocalizer<RisksResource> text, CancellationToken ct) =>
                RiskImportUpload.RunAsync(file, text, (s, f) => import.RunAsync(s, f, ct)))
            .RequireAuthorization(RisksPermissions.Points.Report).WithName("ImportRiskPoints");
        return endpoints;
    }
}
