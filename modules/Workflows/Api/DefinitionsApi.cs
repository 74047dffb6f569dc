using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Platform.Application;
using SafetyPortal.Workflows.Activities;
using SafetyPortal.Workflows.Application;

namespace SafetyPortal.Workflows.Api;

/// <summary>/api/workflows/definitions: validate BPMN, save drafts, publish versions, read versions and XML.</summary>
public static class DefinitionsApi
{
    public static IEndpointRouteBuilder MapDefinitionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/workflows").WithTags("Workflows")
            .RequireAuthorization(WorkflowsPermissions.Definitions.Default);

        group.MapPost("/definitions/validate", async (HttpRequest request, ManageDefinitions definitions, CancellationToken ct) =>
                definitions.Validate(await XmlBody.ReadAsync(request, ct)))
            .Accepts<string>("application/xml", "text/xml", "text/plain")
            .WithName("ValidateWorkflowDefinition")
            .ProducesValidationProblem();
        group.MapGet("/definitions", (ManageDefinitions definitions, [AsParameters] PageRequest page, [AsParameters] DefinitionFilter filter, CancellationToken ct) =>
                definitions.ListAsync(page, filter, ct))
            .WithName("ListWorkflowDefinitions");
        group.MapGet("/definitions/{id:guid}", (Guid id, ManageDefinitions definitions, CancellationToken ct) => definitions.GetAsync(id, ct))
            .WithName("GetWorkflowDefinition");
        group.MapGet("/definitions/{id:guid}/xml", async (Guid id, ManageDefinitions definitions, CancellationToken ct) =>
                Results.Text(await definitions.GetXmlAsync(id, ct), "application/xml"))
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .WithName("GetWorkflowDefinitionXml");
        group.MapPost("/definitions/drafts", (SaveDraftRequest request, ManageDefinitions definitions, CancellationToken ct) =>
                definitions.SaveDraftAsync(request, ct))
            .RequireAuthorization(WorkflowsPermissions.Definitions.Design)
            .WithName("SaveWorkflowDraft")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/definitions/{id:guid}/publish", (Guid id, PublishRequest? request, ManageDefinitions definitions, CancellationToken ct) =>
                definitions.PublishAsync(id, request ?? new PublishRequest(null), ct))
            .RequireAuthorization(WorkflowsPermissions.Definitions.Design)
            .WithName("PublishWorkflowDefinition")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/processes/{key}/versions", (string key, ManageDefinitions definitions, CancellationToken ct) => definitions.VersionsAsync(key, ct))
            .WithName("ListWorkflowVersions");
        group.MapGet("/activities", (ActivityRegistry activities) =>
                activities.All.OrderBy(a => a.Name).Select(a => new ActivityDto(a.Name,
                    a.Inputs.Select(i => new ActivityInputDto(i.Name, i.Type.ToString(), i.Required, i.Description)).ToList())).ToList())
            .WithName("ListWorkflowActivities");
        return endpoints;
    }
}
