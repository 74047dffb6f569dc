using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Learning.Compliance;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Learning.Tracking;

/// <summary>/api/learning/tracking: dashboards, coverage, the people behind each number, reminders, export; staff compliance records.</summary>
public static class TrackingApi
{
    public static IEndpointRouteBuilder MapTrackingApi(this IEndpointRouteBuilder endpoints)
    {
        var tracking = endpoints.MapGroup("/api/learning/tracking").WithTags("Learning").RequireAuthorization(LearningPermissions.Tracking.Default);
        tracking.MapGet("/enterprises/{enterpriseId:guid}", (Guid enterpriseId, Guid? planId, ReadTracking read, CancellationToken ct) =>
            read.EnterpriseDashboardAsync(enterpriseId, planId, ct)).WithName("GetEnterpriseTrainingDashboard");
        tracking.MapGet("/town", (Guid? planId, ReadTracking read, CancellationToken ct) => read.TownCoverageAsync(planId, ct))
            .WithName("GetTownTrainingCoverage");
        tracking.MapGet("/bureau", (Guid? planId, ReadTracking read, CancellationToken ct) => read.BureauCoverageAsync(planId, ct))
            .WithName("GetBureauTrainingCoverage");
        tracking.MapGet("/people", (ReadTracking read, [AsParameters] PageRequest page, [AsParameters] TrackingFilter filter, CancellationToken ct) =>
            read.PeopleAsync(page, filter, ct)).WithName("ListTrainingPeople");
        tracking.MapGet("/people/export", async (ReadTracking read, TrackingExport export, HttpContext http, [AsParameters] TrackingFilter filter,
            string? search, CancellationToken ct) =>
            {
                var rows = await read.AllPeopleAsync(filter, search, TrackingExport.MaxRows, ct);
                http.Response.ContentType = Workbooks.ContentType;
                http.Response.Headers.ContentDisposition = "attachment; filename=\"training-people.xlsx\"";
                await export.WriteAsync(http.Response.Body, rows, ct);
            }).WithName("ExportTrainingPeople");
        tracking.MapPost("/remind", (RemindRequest request, RemindLearners remind, CancellationToken ct) => remind.RemindAsync(request, ct))
            .RequireAuthorization(LearningPermissions.Tracking.Manage).WithName("RemindTrainingPeople");
        tracking.MapGet("/learners/{userId:guid}/compliance", (Guid userId, int? year, ReadCompliance compliance, CancellationToken ct) =>
            compliance.ForUserAsync(userId, year, own: false, ct)).WithName("GetLearnerCompliance");
        tracking.MapPut("/learners/{userId:guid}", (Guid userId, SaveLearnerProfileRequest request, ReadCompliance compliance, CancellationToken ct) =>
                compliance.SaveProfileAsync(userId, request, ct))
            .RequireAuthorization(LearningPermissions.Tracking.Manage).WithName("SaveLearnerProfile")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }
}
