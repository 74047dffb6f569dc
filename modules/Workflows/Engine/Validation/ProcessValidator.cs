using SafetyPortal.Workflows.Engine.Model;
using SafetyPortal.Workflows.Engine.Parsing;

namespace SafetyPortal.Workflows.Engine.Validation;

/// <summary>
/// Everything that would make a model fail at run time, found before it is published: unsupported elements,
/// user tasks nobody can take, service tasks naming no registered activity, conditions and scripts that do not
/// parse, wrong timers, dangling flows and unreachable nodes. Each error names the element.
/// </summary>
public static class ProcessValidator
{
    public static IReadOnlyList<ModelError> Validate(string xml, Func<string, bool> activityExists, string? processId = null)
    {
        var parsed = BpmnParser.Parse(xml, processId);
        return Validate(parsed, activityExists);
    }

    public static IReadOnlyList<ModelError> Validate(ParsedDefinition parsed, Func<string, bool> activityExists)
    {
        var errors = new List<ModelError>(parsed.Errors);
        if (parsed.Model is not { } model)
        {
            return errors;
        }
        FlowChecks.Check(model, errors);
        foreach (var node in model.Nodes.Values)
        {
            NodeChecks.Check(model, node, activityExists, errors);
        }
        Reachability.Check(model, errors);
        return errors.DistinctBy(e => (e.ElementId, e.Message)).ToList();
    }
}
