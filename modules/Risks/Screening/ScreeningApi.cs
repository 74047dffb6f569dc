using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Platform.Application;
using SafetyPortal.Risks.Screening.Application;
using System.Text.Json;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Risks.Screening;

/// <summary>/api/risks/screening: condition definitions, runs, exports and saved screenings (前置研判).</summary>
public static class ScreeningApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/risks/screening").WithTags("Risks screening").RequireAuthorization(RisksPermissions.Screening.Default);
        group.MapGet("/conditions", (RunScreening screening, CancellationToken ct) => screening.DescribeAsync(ct))
            .WithName("ListScreeningConditions");
        group.MapPost("/run", (ScreeningRunRequest request, RunScreening screening, CancellationToken ct) =>
                screening.RunAsync(request.Conditions, request.ToPageRequest(), ct))
            .WithName("RunScreening").ProducesValidationProblem();
        group.MapPost("/export", (ScreeningRunRequest request, ScreeningExport export, HttpContext http, CancellationToken ct) =>
                WriteAsync(http, export, request.Conditions, ct))
            .WithName("ExportScreening").Produces(StatusCodes.Status200OK, contentType: Workbooks.ContentType).ProducesValidationProblem();
        // The page's export link: the conditions as JSON in the query string.
        group.MapGet("/export", (string? conditions, ScreeningExport export, HttpContext http, CancellationToken ct) =>
                WriteAsync(http, export, ReadConditions(conditions), ct))
            .WithName("ExportScreeningByQuery").Produces(StatusCodes.Status200OK, contentType: Workbooks.ContentType).ProducesValidationProblem();

        var saved = group.MapGroup("/saved");
        saved.MapGet("/", (ManageSavedScreenings manage, CancellationToken ct) => manage.ListAsync(ct)).WithName("ListSavedScreenings");
        saved.MapGet("/{id:guid}", (Guid id, ManageSavedScreenings manage, CancellationToken ct) => manage.GetAsync(id, ct)).WithName("GetSavedScreening");
        saved.MapPost("/", async Task<Created<SavedScreeningDto>> (SaveScreeningRequest request, ManageSavedScreenings manage, CancellationToken ct) =>
            {
                var created = await manage.CreateAsync(request, ct);
                return TypedResults.Created($"/api/risks/screening/saved/{created.Id}", created);
            })
            .WithName("SaveScreening").ProducesValidationProblem();
        saved.MapPut("/{id:guid}", (Guid id, SaveScreeningRequest request, ManageSavedScreenings manage, CancellationToken ct) => manage.UpdateAsync(id, request, ct))
            .WithName("UpdateSavedScreening").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        saved.MapDelete("/{id:guid}", async (Guid id, ManageSavedScreenings manage, CancellationToken ct) =>
            {
                await manage.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteSavedScreening");
        saved.MapPost("/{id:guid}/run", async (Guid id, [AsParameters] PageRequest page, ManageSavedScreenings manage, RunScreening screening, CancellationToken ct) =>
                await screening.RunAsync(await manage.ConditionsAsync(id, ct), page, ct))
            .WithName("RunSavedScreening");
        saved.MapGet("/{id:guid}/export", async (Guid id, ManageSavedScreenings manage, ScreeningExport export, HttpContext http, CancellationToken ct) =>
                await WriteAsync(http, export, await manage.ConditionsAsync(id, ct), ct))
            .WithName("ExportSavedScreening").Produces(StatusCodes.Status200OK, contentType: Workbooks.ContentType);
        return endpoints;
    }

    /// <summary>Conditions from the query string; unreadable JSON counts as no conditions (400 naming "conditions").</summary>
    public static IReadOnlyList<ScreeningConditionRequest>? ReadConditions(string? json)
    {
        try
        {
            return string.IsNullOrWhiteSpace(json) ? null : JsonSerializer.Deserialize<List<ScreeningConditionRequest>>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task WriteAsync(HttpContext http, ScreeningExport export, IReadOnlyList<ScreeningConditionRequest>? conditions, CancellationToken ct)
    {
        // The export runs the screening before it writes a byte, so bad input still answers 400 (the handler clears these headers).
        http.Response.ContentType = Workbooks.ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename={ScreeningExport.FileName}";
        await export.WriteAsync(http.Response.Body, conditions, ct);
    }
}
