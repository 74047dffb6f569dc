using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Platform.Application;
using SafetyPortal.Workflows.Application;

namespace SafetyPortal.Workflows.Api;

/// <summary>/api/workflows/tasks: every user's task inbox (notices of tasks go to the notification centre, /api/notifications).</summary>
public static class TasksApi
{
    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/workflows").WithTags("Workflows")
            .RequireAuthorization(WorkflowsPermissions.Tasks.Default);

        group.MapGet("/tasks", (ManageTasks tasks, [AsParameters] PageRequest page, [AsParameters] TaskFilter filter, CancellationToken ct) =>
                tasks.ListAsync(page, filter, ct))
            .WithName("ListWorkflowTasks");
        group.MapGet("/tasks/{id:guid}", (Guid id, ManageTasks tasks, CancellationToken ct) => tasks.GetAsync(id, ct))
            .WithName("GetWorkflowTask");
        group.MapPost("/tasks/{id:guid}/claim", (Guid id, TaskActionRequest? request, ManageTasks tasks, CancellationToken ct) =>
                tasks.ClaimAsync(id, request ?? new TaskActionRequest(null), ct))
            .WithName("ClaimWorkflowTask")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/tasks/{id:guid}/unclaim", (Guid id, TaskActionRequest? request, ManageTasks tasks, CancellationToken ct) =>
                tasks.UnclaimAsync(id, request ?? new TaskActionRequest(null), ct))
            .WithName("UnclaimWorkflowTask")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/tasks/{id:guid}/delegate", (Guid id, DelegateTaskRequest request, ManageTasks tasks, CancellationToken ct) =>
                tasks.DelegateAsync(id, request, ct))
            .WithName("DelegateWorkflowTask")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/tasks/{id:guid}/complete", (Guid id, CompleteTaskRequest? request, ManageTasks tasks, CancellationToken ct) =>
                tasks.CompleteAsync(id, request ?? new CompleteTaskRequest(null, null), ct))
            .WithName("CompleteWorkflowTask")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }
}
