using System.Xml.Linq;
using SafetyPortal.Workflows.Engine.Model;
using static SafetyPortal.Workflows.Engine.Parsing.BpmnNames;

namespace SafetyPortal.Workflows.Engine.Parsing;

/// <summary>Reads a call activity's camunda:in / camunda:out elements (source, sourceExpression, target, variables="all", businessKey).</summary>
internal static class CallMappingReader
{
    public static CallSpec Read(XElement element, string nodeId, ParseContext context)
    {
        var version = Ext(element, "calledElementVersion");
        string? businessKey = null;
        var ins = new List<CallMapping>();
        foreach (var mapping in ExtElements(element, "in"))
        {
            if (Attr(mapping, "businessKey") is { } key)
            {
                businessKey = key.Trim();
                continue;
            }
            ins.Add(Mapping(mapping, "in", nodeId, context));
        }
        var outs = ExtElements(element, "out").Select(m => Mapping(m, "out", nodeId, context)).ToList();
        return new CallSpec(Attr(element, "calledElement") ?? "", Ext(element, "calledElementBinding") ?? "latest",
            int.TryParse(version, out var number) ? number : null)
        {
            In = ins,
            Out = outs,
            BusinessKey = businessKey,
        };
    }

    private static CallMapping Mapping(XElement element, string direction, string nodeId, ParseContext context)
    {
        var all = string.Equals(Attr(element, "variables"), "all", StringComparison.OrdinalIgnoreCase);
        var mapping = new CallMapping(Attr(element, "source"), Attr(element, "sourceExpression"), Attr(element, "target"), all);
        if (!all && string.IsNullOrWhiteSpace(mapping.Source) && string.IsNullOrWhiteSpace(mapping.SourceExpression))
        {
            context.Errors.Add(new ModelError(nodeId, $"A camunda:{direction} needs source, sourceExpression, variables=\"all\" or businessKey."));
        }
        else if (!all && string.IsNullOrWhiteSpace(mapping.TargetName))
        {
            context.Errors.Add(new ModelError(nodeId, $"The camunda:{direction} with sourceExpression '{mapping.SourceExpression}' needs a target."));
        }
        else if (string.Equals(Attr(element, "local"), "true", StringComparison.OrdinalIgnoreCase))
        {
            context.Errors.Add(new ModelError(nodeId, $"camunda:{direction} local=\"true\" is not supported; every mapped variable is the instance's."));
        }
        return mapping;
    }
}
