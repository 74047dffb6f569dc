using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Engine.Model;

namespace SafetyPortal.Workflows.Application;

internal static class DefinitionMapping
{
    public static DefinitionSummaryDto ToSummary(this WorkflowDefinition d) =>
        new(d.Id, d.TenantId, d.Key, d.Name, d.Version, d.Status.ToString(), d.IsValid, d.Source, d.CreationTime, d.PublishedTime);

    public static DefinitionDto ToDto(this WorkflowDefinition d, IReadOnlyList<ModelError> errors) =>
        new(d.Id, d.TenantId, d.Key, d.Name, d.Version, d.Status.ToString(), d.IsValid, d.Source, d.CreationTime,
            d.PublishedTime, d.PublishedBy, d.ConcurrencyStamp, errors.Select(e => new ModelErrorDto(e.ElementId, e.Message)).ToList());
}
