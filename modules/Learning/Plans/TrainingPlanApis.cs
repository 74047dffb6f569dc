using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Learning.Compliance;
using SafetyPortal.Learning.Tracking;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Learning.Plans;

/// <summary>/api/learning/plans, /api/learning/my, /api/learning/compliance and /api/learning/tracking.</summary>
public static class TrainingPlanApis
{
    public static IEndpointRouteBuilder MapTrainingPlanApis(this IEndpointRouteBuilder endpoints)
    {
        MapPlans(endpoints);
        MapMine(endpoints);
        endpoints.MapTrackingApi();
        return endpoints;
    }

    private static void MapPlans(IEndpointRouteBuilder endpoints)
    {
        var plans = endpoints.MapGroup("/api/learning/plans").WithTags("Learning").RequireAuthorization(LearningPermissions.Plans.Default);
        plans.MapGet("/", (ManagePlans manage, [AsParameters] PageRequest page, [AsParameters] PlanFilter filter, CancellationToken ct) =>
            manage.ListAsync(page, filter, ct)).WithName("ListTrainingPlans");
        plans.MapGet("/{id:guid}", (Guid id, ManagePlans manage, CancellationToken ct) => manage.GetAsync(id, ct)).WithName("GetTrainingPlan");
        plans.MapPost("/", async Task<Created<PlanDto>> (SavePlanRequest request, ManagePlans manage, CancellationToken ct) =>
            {
                var created = await manage.CreateAsync(request, ct);
                return TypedResults.Created($"/api/learning/plans/{created.Id}", created);
            })
            .RequireAuthorization(LearningPermissions.Plans.Manage).WithName("CreateTrainingPlan").ProducesValidationProblem();
        plans.MapPut("/{id:guid}", (Guid id, SavePlanRequest request, ManagePlans manage, CancellationToken ct) => manage.UpdateAsync(id, request, ct))
            .RequireAuthorization(LearningPermissions.Plans.Manage).WithName("UpdateTrainingPlan")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapPost("/{id:guid}/publish", (Guid id, StampRequest? request, ManagePlans manage, CancellationToken ct) =>
                manage.PublishAsync(id, request?.ConcurrencyStamp, ct))
            .RequireAuthorization(LearningPermissions.Plans.Manage).WithName("PublishTrainingPlan").ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapPost("/{id:guid}/close", (Guid id, StampRequest? request, ManagePlans manage, CancellationToken ct) =>
                manage.CloseAsync(id, request?.ConcurrencyStamp, ct))
            .RequireAuthorization(LearningPermissions.Plans.Manage).WithName("CloseTrainingPlan").ProducesProblem(StatusCodes.Status409Conflict);
        plans.MapPost("/{id:guid}/enrol", (Guid id, ManagePlans manage, CancellationToken ct) => manage.EnrolNowAsync(id, ct))
            .RequireAuthorization(LearningPermissions.Plans.Manage).WithName("EnrolTrainingPlanAudience");
        plans.MapDelete("/{id:guid}", async Task<NoContent> (Guid id, ManagePlans manage, CancellationToken ct) =>
            {
                await manage.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(LearningPermissions.Plans.Manage).WithName("DeleteTrainingPlan");
    }

    private static void MapMine(IEndpointRouteBuilder endpoints)
    {
        var mine = endpoints.MapGroup("/api/learning").WithTags("Learning").RequireAuthorization(LearningPermissions.Courses.Default);
        mine.MapGet("/my/plans", (ClaimsPrincipal user, ReadMyLearning my, CancellationToken ct) => my.ListAsync(UserIdOf(user), ct))
            .WithName("ListMyTrainingPlans");
        mine.MapGet("/my/compliance", (ClaimsPrincipal user, int? year, ReadCompliance compliance, CancellationToken ct) =>
            compliance.ForUserAsync(UserIdOf(user), year, own: true, ct)).WithName("GetMyTrainingCompliance");
    }

    internal static Guid UserIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : throw new ForbiddenException("No signed-in user.");
}
