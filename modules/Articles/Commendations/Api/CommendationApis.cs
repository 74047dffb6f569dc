using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Articles.Commendations.Application;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Articles.Commendations.Api;

/// <summary>
/// /api/articles/commendations: the town's ranking (paged, reasons shown, Excel), its lists (draft, additions and
/// exclusions, propose), the bureau's decisions (review queue, approve, return, publish) and the honour roll.
/// </summary>
public static class CommendationApis
{
    public const string Root = "/api/articles/commendations";

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Root).WithTags("Commendations").RequireAuthorization(ArticlesPermissions.Commendations.Default);
        MapRanking(api.MapGroup("/ranking").RequireAuthorization(ArticlesPermissions.Commendations.Propose));
        MapLists(api.MapGroup("/lists").RequireAuthorization(ArticlesPermissions.Commendations.Propose));
        MapReview(api.MapGroup("/review").RequireAuthorization(ArticlesPermissions.Commendations.Approve));
        api.MapGet("/honour-roll", (ReadHonourRoll read, [AsParameters] PageRequest page, CancellationToken ct) => read.ListAsync(page, ct))
            .WithName("ListHonourRolls");
        api.MapGet("/honour-roll/{id:guid}", (Guid id, ReadHonourRoll read, CancellationToken ct) => read.GetAsync(id, ct))
            .WithName("GetHonourRoll").ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static void MapRanking(RouteGroupBuilder ranking)
    {
        ranking.MapGet("/enterprises", (ReadRanking read, [AsParameters] PeriodRequest period, [AsParameters] PageRequest page, CancellationToken ct) =>
            read.EnterprisesAsync(period.ToPeriod(), page, ct)).WithName("RankCommendationEnterprises").ProducesValidationProblem();
        ranking.MapGet("/individuals", (ReadRanking read, [AsParameters] PeriodRequest period, [AsParameters] PageRequest page, CancellationToken ct) =>
            read.PeopleAsync(period.ToPeriod(), page, ct)).WithName("RankCommendationIndividuals").ProducesValidationProblem();
        ranking.MapGet("/enterprises/export", async (RankingExport export, HttpContext http, [AsParameters] PeriodRequest period, CancellationToken ct) =>
        {
            var at = period.ToPeriod();
            using var buffer = new MemoryStream();
            await export.WriteAsync(buffer, at, ct);
            http.Response.ContentType = Workbooks.ContentType;
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"commendation-ranking-{at}.xlsx\"";
            buffer.Position = 0;
            await buffer.CopyToAsync(http.Response.Body, ct);
        }).WithName("ExportCommendationRanking").Produces(StatusCodes.Status200OK, contentType: Workbooks.ContentType).ProducesValidationProblem();
    }

    private static void MapLists(RouteGroupBuilder lists)
    {
        lists.MapGet("/", (ManageCommendationLists manage, CommendationStatus? status, [AsParameters] PageRequest page, CancellationToken ct) =>
            manage.ListAsync(status, page, ct)).WithName("ListCommendationLists");
        lists.MapGet("/{id:guid}", (Guid id, ManageCommendationLists manage, CancellationToken ct) => manage.GetAsync(id, ct))
            .WithName("GetCommendationList").ProducesProblem(StatusCodes.Status404NotFound);
        lists.MapPost("/", async (CreateListRequest request, ManageCommendationLists manage, CancellationToken ct) =>
        {
            var list = await manage.CreateAsync(request, ct);
            return TypedResults.Created($"{Root}/lists/{list.Id}", list);
        }).WithName("CreateCommendationList").ProducesValidationProblem();
        lists.MapPost("/{id:guid}/entries", (Guid id, AddEntryRequest request, ManageCommendationLists manage, CancellationToken ct) =>
            manage.AddEntryAsync(id, request, ct)).WithName("AddCommendationEntry").ProducesValidationProblem();
        lists.MapPost("/{id:guid}/entries/{entryId:guid}/exclude", (Guid id, Guid entryId, ReasonRequest request, ManageCommendationLists manage,
            CancellationToken ct) => manage.ExcludeEntryAsync(id, entryId, request, ct)).WithName("ExcludeCommendationEntry").ProducesValidationProblem();
        lists.MapPost("/{id:guid}/entries/{entryId:guid}/restore", (Guid id, Guid entryId, ManageCommendationLists manage, CancellationToken ct) =>
            manage.RestoreEntryAsync(id, entryId, ct)).WithName("RestoreCommendationEntry");
        lists.MapPost("/{id:guid}/propose", (Guid id, StampRequest request, ManageCommendationLists manage, CancellationToken ct) =>
            manage.ProposeAsync(id, request, ct)).WithName("ProposeCommendationList").ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static void MapReview(RouteGroupBuilder review)
    {
        review.MapGet("/", (DecideCommendationLists decide, CommendationStatus? status, [AsParameters] PageRequest page, CancellationToken ct) =>
            decide.QueueAsync(status, page, ct)).WithName("ListProposedCommendationLists");
        review.MapGet("/{id:guid}", (Guid id, DecideCommendationLists decide, CancellationToken ct) => decide.GetAsync(id, ct))
            .WithName("GetProposedCommendationList").ProducesProblem(StatusCodes.Status404NotFound);
        review.MapPost("/{id:guid}/approve", (Guid id, StampRequest request, DecideCommendationLists decide, CancellationToken ct) =>
            decide.ApproveAsync(id, request, ct)).WithName("ApproveCommendationList").ProducesProblem(StatusCodes.Status409Conflict);
        review.MapPost("/{id:guid}/return", (Guid id, ReasonRequest request, DecideCommendationLists decide, CancellationToken ct) =>
            decide.ReturnAsync(id, request, ct)).WithName("ReturnCommendationList").ProducesValidationProblem();
        review.MapPost("/{id:guid}/publish", (Guid id, StampRequest request, DecideCommendationLists decide, CancellationToken ct) =>
            decide.PublishAsync(id, request, ct)).WithName("PublishCommendationList").ProducesProblem(StatusCodes.Status409Conflict);
    }
}
