using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Platform.Workflows;
using SafetyPortal.Workflows.Forms;

namespace SafetyPortal.Workflows.Api;

/// <summary>GET /api/workflows/forms: the task forms modules register for form keys (read-only, for task pages and the designer).</summary>
public static class FormsApi
{
    public static IEndpointRouteBuilder MapFormsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/workflows").WithTags("Workflows")
            .RequireAuthorization(WorkflowsPermissions.Tasks.Default);
        group.MapGet("/forms", (string? key, IEnumerable<IWorkflowForm> forms) =>
                forms.FirstOrDefault(f => string.Equals(f.FormKey, key, StringComparison.OrdinalIgnoreCase)) is { } form
                    ? Results.Ok(new WorkflowFormDto(form.FormKey, JsonNode.Parse(form.Schema)))
                    : Results.NotFound())
            .Produces<WorkflowFormDto>()
            .Produces(StatusCodes.Status404NotFound)
            .WithName("GetWorkflowForm");
        group.MapGet("/forms/keys", (IEnumerable<IWorkflowForm> forms) => forms.Select(f => f.FormKey).Order(StringComparer.Ordinal).ToList())
            .WithName("ListWorkflowFormKeys");
        return endpoints;
    }
}
