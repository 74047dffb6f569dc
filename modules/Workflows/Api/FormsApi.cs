using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Workflows.Forms;

namespace SafetyPortal.Workflows.Api;

/// <summary>Task forms (read-only): registered by form key, or the form of one task (designed in the process, else registered).</summary>
public static class FormsApi
{
    public static IEndpointRouteBuilder MapFormsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/workflows").WithTags("Workflows")
            .RequireAuthorization(WorkflowsPermissions.Tasks.Default);
        group.MapGet("/forms", (string? key, TaskForms forms) => forms.ByKey(key) is { } form ? Results.Ok(form) : Results.NotFound())
            .Produces<WorkflowFormDto>()
            .Produces(StatusCodes.Status404NotFound)
            .WithName("GetWorkflowForm");
        group.MapGet("/tasks/{id:guid}/form", async (Guid id, TaskForms forms, CancellationToken ct) =>
                await forms.ForTaskAsync(id, ct) is { } form ? Results.Ok(form) : Results.NoContent())
            .Produces<WorkflowFormDto>()
            .Produces(StatusCodes.Status204NoContent)
            .WithName("GetWorkflowTaskForm");
        return endpoints;
    }
}
