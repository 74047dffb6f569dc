using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Platform.Application;
using SafetyPortal.Workflows.Application;

namespace SafetyPortal.Workflows.Api;

/// <summary>/api/workflows/instances, messages, incidents and statistics: start, correlate and monitor instances.</summary>
public static class InstancesApi
{
    public static IEndpointRouteBuilder MapInstancesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/workflows").WithTags("Workflows")
            .RequireAuthorization(WorkflowsPermissions.Instances.Default);

        group.MapPost("/instances", async Task<Created<InstanceSummaryDto>> (StartInstanceRequest request, OperateInstances instances, CancellationToken ct) =>
            {
                var started = await instances.StartAsync(request, ct);
                return TypedResults.Created($"/api/workflows/instances/{started.Id}", started);
            })
            .WithName("StartWorkflowInstance")
            .ProducesValidationProblem();
        group.MapGet("/instances", (MonitorInstances monitor, [AsParameters] PageRequest page, [AsParameters] InstanceFilter filter, CancellationToken ct) =>
                monitor.ListAsync(page, filter, ct))
            .WithName("ListWorkflowInstances");
        group.MapGet("/instances/{id:guid}", (Guid id, MonitorInstances monitor, CancellationToken ct) => monitor.GetAsync(id, ct))
            .WithName("GetWorkflowInstance");
        group.MapPost("/instances/{id:guid}/migrate", (Guid id, MigrateInstanceRequest request, OperateInstances instances, CancellationToken ct) =>
                instances.MigrateAsync(id, request, ct))
            .WithName("MigrateWorkflowInstance")
            .ProducesValidationProblem();
        group.MapPut("/instances/{id:guid}/variables", (Guid id, SetVariablesRequest request, OperateInstances instances, CancellationToken ct) =>
                instances.SetVariablesAsync(id, request, ct))
            .WithName("SetWorkflowInstanceVariables")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/messages", (CorrelateMessageRequest request, OperateInstances instances, CancellationToken ct) =>
                instances.CorrelateAsync(request, ct))
            .WithName("CorrelateWorkflowMessage")
            .ProducesValidationProblem();
        group.MapGet("/incidents", (MonitorInstances monitor, CancellationToken ct) => monitor.OpenIncidentsAsync(ct))
            .WithName("ListWorkflowIncidents");
        group.MapPost("/incidents/{id:guid}/retry", (Guid id, OperateInstances instances, CancellationToken ct) => instances.RetryIncidentAsync(id, ct))
            .WithName("RetryWorkflowIncident")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/statistics", (MonitorInstances monitor, CancellationToken ct) => monitor.StatisticsAsync(ct))
            .WithName("GetWorkflowStatistics");
        return endpoints;
    }
}
