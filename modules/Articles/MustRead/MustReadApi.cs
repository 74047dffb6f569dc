using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Articles.MustRead;

/// <summary>/api/articles/must-read: assign, follow (who has not read it, with Excel), remind; and a reader's own list.</summary>
public static class MustReadApi
{
    public static IEndpointRouteBuilder MapMustReadApi(this IEndpointRouteBuilder endpoints)
    {
        var mine = endpoints.MapGroup("/api/articles/must-read/mine").WithTags("Articles").RequireAuthorization(ArticlesPermissions.CaseWarnings.Default);
        mine.MapGet("", (ReadMustRead read, CancellationToken ct) => read.MineAsync(ct)).WithName("ListMyMustReads");

        var group = endpoints.MapGroup("/api/articles/must-read").WithTags("Articles").RequireAuthorization(ArticlesPermissions.MustRead.Default);
        group.MapGet("", (ReadMustRead read, [AsParameters] PageRequest page, Guid? articleId, CancellationToken ct) => read.ListAsync(page, articleId, ct))
            .WithName("ListMustReadAssignments");
        group.MapPost("", async (AssignMustReadRequest request, AssignMustRead assign, CancellationToken ct) =>
            {
                var created = await assign.AssignAsync(request, ct);
                return TypedResults.Created($"/api/articles/must-read/{created.Id}", created);
            })
            .WithName("AssignMustRead").ProducesValidationProblem();
        group.MapGet("/{id:guid}/people", (Guid id, MustReadPeopleFilter? status, [AsParameters] PageRequest page, MustReadPeople people,
            CancellationToken ct) => people.ListAsync(id, status ?? MustReadPeopleFilter.Unread, page, ct)).WithName("ListMustReadPeople");
        group.MapGet("/{id:guid}/people/export", async (Guid id, MustReadPeopleFilter? status, string? search, MustReadPeople people,
            MustReadExport export, HttpContext http, CancellationToken ct) =>
            {
                var rows = await people.AllAsync(id, status ?? MustReadPeopleFilter.Unread, search, ct);
                http.Response.ContentType = Workbooks.ContentType;
                http.Response.Headers.ContentDisposition = "attachment; filename=\"must-read-people.xlsx\"";
                await export.WriteAsync(http.Response.Body, rows, ct);
            }).WithName("ExportMustReadPeople");
        group.MapPost("/{id:guid}/remind", async (Guid id, RemindMustRead remind, CancellationToken ct) =>
            TypedResults.Ok(new { reminded = await remind.RemindAsync(id, ct) })).WithName("RemindMustReadPeople");
        return endpoints;
    }
}
