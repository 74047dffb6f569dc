using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.BackgroundJobs.Application;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.BackgroundJobs.Api;

/// <summary>/api/background-jobs: the scheduler's jobs, the run history, and "run now".</summary>
public static class BackgroundJobsApi
{
    public static IEndpointRouteBuilder MapBackgroundJobsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/background-jobs").WithTags("BackgroundJobs");

        group.MapGet("/", (ListBackgroundJobs jobs, [AsParameters] PageRequest page, CancellationToken ct) => jobs.ExecuteAsync(page, ct))
            .RequireAuthorization(BackgroundJobsPermissions.Jobs.Default)
            .WithName("ListBackgroundJobs");
        group.MapGet("/runs", (ListJobRuns runs, [AsParameters] JobRunsRequest request, CancellationToken ct) => runs.ExecuteAsync(request, ct))
            .RequireAuthorization(BackgroundJobsPermissions.Runs.Default)
            .WithName("ListBackgroundJobRuns");
        group.MapPost("/{group}/{name}/trigger", async Task<Accepted> (string group, string name, IBackgroundJobManager jobs, CancellationToken ct) =>
            {
                if (!await jobs.TriggerNowAsync(group, name, ct))
                {
                    throw new EntityNotFoundException(typeof(BackgroundJobDto), $"{group}.{name}");
                }
                return TypedResults.Accepted($"/api/background-jobs/runs?search={Uri.EscapeDataString(name)}");
            })
            .RequireAuthorization(BackgroundJobsPermissions.Jobs.Trigger)
            .WithName("TriggerBackgroundJob")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }
}
