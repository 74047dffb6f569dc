using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Workflows;
using SafetyPortal.Workflows.Application;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Forms;

/// <summary>
/// The form of a task the user may see: the one designed in the designer (a form-js schema kept in the task element's
/// camunda property "portal.form" of the instance's version), else the form a module registered for its form key.
/// </summary>
public sealed class TaskForms(ManageTasks tasks, PortalDbContext db, VisibleDefinitions definitions, IEnumerable<IWorkflowForm> registered)
{
    public const string DesignedFormProperty = "portal.form";

    public async Task<WorkflowFormDto?> ForTaskAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var task = (await tasks.GetAsync(taskId, cancellationToken)).Task;
        var definitionId = await db.Set<WorkflowInstance>().Where(i => i.Id == task.InstanceId).Select(i => i.DefinitionId)
            .FirstAsync(cancellationToken);
        var xml = (await definitions.GetAsync(definitionId, cancellationToken)).Xml;
        if (DesignedSchema(xml, task.ElementId) is { } designed)
        {
            return new WorkflowFormDto(task.FormKey ?? DesignedFormProperty, designed);
        }
        return ByKey(task.FormKey);
    }

    public WorkflowFormDto? ByKey(string? key) =>
        registered.FirstOrDefault(f => string.Equals(f.FormKey, key, StringComparison.OrdinalIgnoreCase)) is { } form
            ? new WorkflowFormDto(form.FormKey, JsonNode.Parse(form.Schema))
            : null;

    internal static JsonNode? DesignedSchema(string xml, string elementId)
    {
        var element = XDocument.Parse(xml).Descendants().FirstOrDefault(e => (string?)e.Attribute("id") == elementId);
        var value = element?.Descendants().FirstOrDefault(e => e.Name.LocalName == "property" && (string?)e.Attribute("name") == DesignedFormProperty)
            ?.Attribute("value")?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : JsonNode.Parse(value);
    }
}
