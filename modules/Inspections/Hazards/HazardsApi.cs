using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.Photos;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Export;
using SafetyPortal.Platform.Files;

namespace SafetyPortal.Inspections.Hazards;

/// <summary>/api/inspections/hazards: report a hazard, the register (filtered pages, counts with the closure rate, Excel), one hazard, its photos.</summary>
public static class HazardsApi
{
    public static IEndpointRouteBuilder MapHazardsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/inspections/hazards").WithTags("Inspections").RequireAuthorization(InspectionsPermissions.Hazards.Default);
        group.MapGet("", (HazardStatus? status, HazardLevel? level, Guid? enterpriseId, bool? overdue, Guid? townId, [AsParameters] PageRequest page,
                HazardRegister register, CancellationToken ct) =>
            register.ListAsync(new HazardFilter(status, level, enterpriseId, overdue, townId), page, ct)).WithName("ListHazards");
        group.MapGet("/summary", (HazardStatus? status, HazardLevel? level, Guid? enterpriseId, bool? overdue, Guid? townId, string? search,
                HazardRegister register, CancellationToken ct) =>
            register.SummaryAsync(new HazardFilter(status, level, enterpriseId, overdue, townId), search, ct)).WithName("SummarizeHazards");
        group.MapGet("/export", async (HazardStatus? status, HazardLevel? level, Guid? enterpriseId, bool? overdue, Guid? townId, string? search,
                HazardRegister register, HazardExport export, HttpContext http, CancellationToken ct) =>
            {
                var rows = await register.AllAsync(new HazardFilter(status, level, enterpriseId, overdue, townId), search, ct);
                http.Response.ContentType = Workbooks.ContentType;
                http.Response.Headers.ContentDisposition = "attachment; filename=\"hazards.xlsx\"";
                await export.WriteAsync(http.Response.Body, rows, ct);
            }).WithName("ExportHazards");
        group.MapGet("/{id:guid}", (Guid id, HazardRegister register, CancellationToken ct) => register.GetAsync(id, ct)).WithName("GetHazard");
        group.MapGet("/{id:guid}/photos", (Guid id, HazardPhotos photos, CancellationToken ct) => photos.ListAsync(id, ct)).WithName("ListHazardPhotos");
        group.MapPost("/{id:guid}/photos", (Guid id, HazardPhotoStage? stage, HttpContext http, HazardPhotos photos, CancellationToken ct) =>
                photos.UploadAsync(id, stage ?? HazardPhotoStage.Before, () => UploadForm.ReadFilesAsync(http, "files", ct), ct))
            .RequireAuthorization(InspectionsPermissions.Hazards.Report).WithName("UploadHazardPhotos")
            .WithSummary("multipart/form-data, field \"files\" (up to 9 photos per stage); stage=Before|After").ProducesValidationProblem();
        group.MapGet("/{id:guid}/photos/{photoId:guid}", async (Guid id, Guid photoId, HazardPhotos photos, CancellationToken ct) =>
            PhotoResults.Of(await photos.OpenAsync(id, photoId, false, ct), false)).WithName("GetHazardPhoto");
        group.MapGet("/{id:guid}/photos/{photoId:guid}/thumbnail", async (Guid id, Guid photoId, HazardPhotos photos, CancellationToken ct) =>
            PhotoResults.Of(await photos.OpenAsync(id, photoId, true, ct), true)).WithName("GetHazardPhotoThumbnail");
        group.MapPost("", async (ReportHazardRequest request, ReportHazard report, CancellationToken ct) =>
            {
                var created = await report.ReportAsync(request, ct);
                return TypedResults.Created($"/api/inspections/hazards/{created.Id}", created);
            })
            .RequireAuthorization(InspectionsPermissions.Hazards.Report).WithName("ReportHazard").ProducesValidationProblem();
        return endpoints;
    }
}
