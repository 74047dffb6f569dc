using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Inspections.Photos;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Files;

namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>/api/inspections/work-orders: campaigns pushed to enterprises (工单), their dashboards, and the enterprises' answers with photos.</summary>
public static class WorkOrdersApi
{
    public static IEndpointRouteBuilder MapWorkOrdersApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/inspections/work-orders").WithTags("Inspections").RequireAuthorization(InspectionsPermissions.WorkOrders.Default);
        group.MapGet("/campaigns", ([AsParameters] PageRequest page, WorkOrderBoard board, CancellationToken ct) => board.ListCampaignsAsync(page, ct))
            .WithName("ListWorkOrderCampaigns");
        group.MapPost("/campaigns", async (PushWorkOrderRequest request, PushWorkOrders push, WorkOrderBoard board, CancellationToken ct) =>
            {
                var id = await push.PushAsync(request, ct);
                return TypedResults.Created($"/api/inspections/work-orders/campaigns/{id}", await board.GetCampaignAsync(id, ct));
            })
            .RequireAuthorization(InspectionsPermissions.WorkOrders.Manage).WithName("PushWorkOrders").ProducesValidationProblem();
        group.MapGet("/campaigns/{id:guid}", (Guid id, WorkOrderBoard board, CancellationToken ct) => board.GetCampaignAsync(id, ct))
            .WithName("GetWorkOrderCampaign");
        group.MapGet("/campaigns/{id:guid}/dashboard", (Guid id, DateOnly? day, WorkOrderBoard board, CancellationToken ct) =>
            board.DashboardAsync(id, day, ct)).WithName("GetWorkOrderDashboard");
        group.MapGet("/campaigns/{id:guid}/orders", (Guid id, DateOnly? day, bool? answered, Guid? townId, [AsParameters] PageRequest page,
            WorkOrderBoard board, CancellationToken ct) => board.OrdersAsync(id, day, answered, townId, page, ct)).WithName("ListWorkOrders");
        group.MapGet("/mine", (WorkOrderBoard board, CancellationToken ct) => board.MineAsync(ct)).WithName("ListMyWorkOrders");
        group.MapGet("/{id:guid}", (Guid id, WorkOrderBoard board, CancellationToken ct) => board.GetOrderAsync(id, ct)).WithName("GetWorkOrder");
        group.MapPost("/{id:guid}/answers", async (Guid id, HttpContext http, WorkOrderAnswers answers, CancellationToken ct) =>
            {
                var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : null;
                var request = new AnswerWorkOrderRequest(form?["note"].ToString(), Number(form?["latitude"]), Number(form?["longitude"]));
                var (answer, created) = await answers.AnswerAsync(id, request, () => UploadForm.ReadFilesAsync(http, "files", ct), ct);
                return created ? Results.Created($"/api/inspections/work-orders/{id}", answer) : Results.Ok(answer);
            })
            .RequireAuthorization(InspectionsPermissions.WorkOrders.Answer).WithName("AnswerWorkOrder")
            .WithSummary("multipart/form-data: \"files\" (the photos), \"note\", \"latitude\", \"longitude\"; 201 new, 200 when today's answer was there already")
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}/photos/{photoId:guid}", async (Guid id, Guid photoId, WorkOrderAnswers answers, CancellationToken ct) =>
            PhotoResults.Of(await answers.OpenPhotoAsync(id, photoId, false, ct), false)).WithName("GetWorkOrderPhoto");
        group.MapGet("/{id:guid}/photos/{photoId:guid}/thumbnail", async (Guid id, Guid photoId, WorkOrderAnswers answers, CancellationToken ct) =>
            PhotoResults.Of(await answers.OpenPhotoAsync(id, photoId, true, ct), true)).WithName("GetWorkOrderPhotoThumbnail");
        return endpoints;
    }

    private static decimal? Number(Microsoft.Extensions.Primitives.StringValues? value) =>
        decimal.TryParse(value?.ToString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? number : null;
}
