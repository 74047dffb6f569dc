using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Platform.Application;
using SafetyPortal.Risks.Application;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Risks.Api;

/// <summary>/api/risks/points: risk registers, cards, reporting, verification, the Excel export; /api/risks/overview.</summary>
public static class RiskPointsApi
{
    public static IEndpointRouteBuilder MapRiskPointsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/risks/points").WithTags("Risks").RequireAuthorization(RisksPermissions.Points.Default);
        group.MapGet("/", (ReadRiskRegister register, [AsParameters] PageRequest page, [AsParameters] RiskPointFilter filter, CancellationToken ct) =>
                register.ListAsync(page, filter, ct))
            .WithName("ListRiskPoints");
        group.MapGet("/export", async (ReadRiskRegister register, RiskRegisterExport export, HttpContext http,
                [AsParameters] PageRequest page, [AsParameters] RiskPointFilter filter, CancellationToken ct) =>
            {
                var rows = await register.ListAllAsync(page, filter, ct);
                http.Response.ContentType = Workbooks.ContentType;
                http.Response.Headers.ContentDisposition = "attachment; filename=risk-register.xlsx";
                await export.WriteAsync(http.Response.Body, rows, ct);
            })
            .WithName("ExportRiskPoints").Produces(StatusCodes.Status200OK, contentType: Workbooks.ContentType);
        group.MapGet("/{id:guid}", (Guid id, ReadRiskRegister register, CancellationToken ct) => register.GetCardAsync(id, ct))
            .WithName("GetRiskPoint");
        group.MapPost("/", async Task<Created<RiskPointCardDto>> (SaveRiskPointRequest request, ReportRiskPoints report, CancellationToken ct) =>
            {
                var created = await report.ReportAsync(request, ct);
                return TypedResults.Created($"/api/risks/points/{created.Id}", created);
            })
            .RequireAuthorization(RisksPermissions.Points.Report).WithName("ReportRiskPoint").ProducesValidationProblem();
        group.MapPut("/{id:guid}", (Guid id, SaveRiskPointRequest request, ReportRiskPoints report, CancellationToken ct) => report.UpdateAsync(id, request, ct))
            .RequireAuthorization(RisksPermissions.Points.Report).WithName("UpdateRiskPoint")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/retire", (Guid id, ReviewRequest request, ReportRiskPoints report, CancellationToken ct) => report.RetireAsync(id, request, ct))
            .RequireAuthorization(RisksPermissions.Points.Report).WithName("RetireRiskPoint").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/verify", (Guid id, ReviewRequest request, ReviewRiskPoints review, CancellationToken ct) => review.VerifyAsync(id, request, ct))
            .RequireAuthorization(RisksPermissions.Points.Verify).WithName("VerifyRiskPoint")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/return", (Guid id, ReviewRequest request, ReviewRiskPoints review, CancellationToken ct) => review.ReturnAsync(id, request, ct))
            .RequireAuthorization(RisksPermissions.Points.Verify).WithName("ReturnRiskPoint")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        endpoints.MapGet("/api/risks/overview", (ReadRiskOverview overview, CancellationToken ct) => overview.GetAsync(ct))
            .WithTags("Risks").RequireAuthorization(RisksPermissions.Overview.Default).WithName("GetRiskOverview");
        return endpoints;
    }
}
