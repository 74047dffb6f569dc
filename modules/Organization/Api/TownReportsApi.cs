using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Organization.Application;
using SafetyPortal.Organization.Import;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Organization.Api;

/// <summary>/api/organization/reports: the bureau's reports across towns.</summary>
public static class TownReportsApi
{
    public static IEndpointRouteBuilder MapTownReportsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/organization/reports")
            .WithTags("Organization")
            .RequireAuthorization(OrganizationPermissions.Reports.Towns);
        group.MapGet("/towns", (ReportTowns report, CancellationToken ct) => report.GetAsync(ct))
            .WithName("GetTownOverview")
            .WithSummary("Per town: enterprises, staff, enterprises with each key site or process, and by regulatory grade; with the city total.");
        group.MapGet("/towns/export", async (ReportTowns report, TownOverviewWorkbook workbook, CancellationToken ct) =>
                TypedResults.File(await workbook.WriteAsync(await report.GetAsync(ct), ct), Workbooks.ContentType, "town-overview.xlsx"))
            .WithName("ExportTownOverview")
            .Produces(StatusCodes.Status200OK, contentType: Workbooks.ContentType);
        return endpoints;
    }
}
