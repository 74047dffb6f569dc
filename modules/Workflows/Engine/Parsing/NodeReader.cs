using System.Xml.Linq;
using SafetyPortal.Workflows.Engine.Model;
using static SafetyPortal.Workflows.Engine.Parsing.BpmnNames;

namespace SafetyPortal.Workflows.Engine.Parsing;

/// <summary>Reads one flow node: its event definition, Camunda attributes, scripts, loops and mappings.</summary>
internal static class NodeReader
{
    private static readonly HashSet<string> UnsupportedEvents =
    [
        "signalEventDefinition", "escalationEventDefinition", "compensateEventDefinition", "conditionalEventDefinition",
        "linkEventDefinition", "cancelEventDefinition",
    ];

    public static FlowNode? Read(XElement element, NodeKind kind, string? scopeId, ParseContext context)
    {
        var id = Attr(element, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            context.Errors.Add(new ModelError(IdOf(element), $"A <{element.Name.LocalName}> has no id."));
            return null;
        }
        var node = new FlowNode
        {
            Id = id,
            Name = Attr(element, "name"),
            Kind = kind,
            ScopeId = scopeId,
            Event = ReadEvent(element, id, context, out var definition),
            TriggeredByEvent = string.Equals(Attr(element, "triggeredByEvent"), "true", StringComparison.OrdinalIgnoreCase),
        };
        node.DefaultFlowId = Attr(element, "default");
        ReadEventDetails(element, node, definition, context);
        ReadActivity(element, node, context);
        return node;
    }

    private static EventKind ReadEvent(XElement element, string id, ParseContext context, out XElement? definition)
    {
        definition = null;
        var definitions = element.Elements().Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)).ToList();
        if (definitions.Count == 0)
        {
            return EventKind.None;
        }
        if (definitions.Count > 1)
        {
            context.Errors.Add(new ModelError(id, "Events with several event definitions (multiple or parallel multiple) are not supported."));
        }
        definition = definitions[0];
        var name = definition.Name.LocalName;
        if (UnsupportedEvents.Contains(name))
        {
            context.Errors.Add(new ModelError(id, $"{name.Replace("EventDefinition", "", StringComparison.Ordinal)} events are not supported by the workflow engine."));
            return EventKind.None;
        }
        return name switch
        {
            "timerEventDefinition" => EventKind.Timer,
            "messageEventDefinition" => EventKind.Message,
            "errorEventDefinition" => EventKind.Error,
            "terminateEventDefinition" => EventKind.Terminate,
            _ => Unknown(id, name, context),
        };
    }

    private static EventKind Unknown(string id, string name, ParseContext context)
    {
        context.Errors.Add(new ModelError(id, $"<{name}> is not supported by the workflow engine."));
        return EventKind.None;
    }

    private static void ReadEventDetails(XElement element, FlowNode node, XElement? definition, ParseContext context)
    {
        if (node.Kind == NodeKind.BoundaryEvent)
        {
            node.AttachedToId = Attr(element, "attachedToRef");
            node.CancelActivity = !string.Equals(Attr(element, "cancelActivity"), "false", StringComparison.OrdinalIgnoreCase);
        }
        if (definition is null)
        {
            return;
        }
        switch (node.Event)
        {
            case EventKind.Timer:
                node.Timer = ReadTimer(definition);
                if (node.Timer is null)
                {
                    context.Errors.Add(new ModelError(node.Id, "The timer has no timeDuration, timeDate or timeCycle."));
                }
                break;
            case EventKind.Message:
                node.MessageName = MessageName(Attr(definition, "messageRef"), node.Id, context);
                break;
            case EventKind.Error:
                var errorRef = Attr(definition, "errorRef");
                node.ErrorCode = errorRef is null ? null : context.ErrorCodes.GetValueOrDefault(errorRef, errorRef);
                break;
        }
    }

    private static TimerSpec? ReadTimer(XElement definition)
    {
        foreach (var (name, kind) in new[] { ("timeDuration", TimerKind.Duration), ("timeDate", TimerKind.Date), ("timeCycle", TimerKind.Cycle) })
        {
            var text = definition.Element(Bpmn + name)?.Value.Trim();
            if (!string.IsNullOrEmpty(text))
            {
                return new TimerSpec(kind, text);
            }
        }
        return null;
    }

    private static string? MessageName(string? messageRef, string nodeId, ParseContext context)
    {
        if (messageRef is null)
        {
            context.Errors.Add(new ModelError(nodeId, "The message event names no message (messageRef)."));
            return null;
        }
        return context.Messages.GetValueOrDefault(messageRef, messageRef);
    }

    private static void ReadActivity(XElement element, FlowNode node, ParseContext context)
    {
        switch (node.Kind)
        {
            case NodeKind.UserTask:
                node.UserTask = AssignmentReader.Read(element);
                break;
            case NodeKind.ServiceTask or NodeKind.SendTask:
                node.ActivityName = ActivityNameOf(element);
                break;
            case NodeKind.ScriptTask:
                node.Script = element.Element(Bpmn + "script")?.Value;
                node.ScriptFormat = Attr(element, "scriptFormat");
                break;
            case NodeKind.ReceiveTask:
                node.MessageName = MessageName(Attr(element, "messageRef"), node.Id, context);
                break;
            case NodeKind.CallActivity:
                node.Call = CallMappingReader.Read(element, node.Id, context);
                break;
        }
        node.ResultVariable = Ext(element, "resultVariable");
        node.MultiInstance = ReadLoop(element, node, context);
        foreach (var parameter in ExtElements(element, "inputParameter"))
        {
            node.Inputs.Add(Mapping(parameter, node.Id, context));
        }
        foreach (var parameter in ExtElements(element, "outputParameter"))
        {
            node.Outputs.Add(Mapping(parameter, node.Id, context));
        }
    }

    /// <summary>camunda:class, delegateExpression, type (external: its topic), or Zeebe's taskDefinition type.</summary>
    private static string? ActivityNameOf(XElement element)
    {
        var type = Ext(element, "type");
        var name = string.Equals(type, "external", StringComparison.OrdinalIgnoreCase) ? Ext(element, "topic") : type;
        name ??= Ext(element, "class") ?? Ext(element, "delegateExpression") ?? Ext(element, "topic");
        name ??= element.Elements(Bpmn + "extensionElements").Elements(Zeebe + "taskDefinition").Select(e => Attr(e, "type")).FirstOrDefault();
        return string.IsNullOrWhiteSpace(name) ? null : name.Trim();
    }

    private static MultiInstanceSpec? ReadLoop(XElement element, FlowNode node, ParseContext context)
    {
        if (element.Element(Bpmn + "standardLoopCharacteristics") is not null)
        {
            context.Errors.Add(new ModelError(node.Id, "Standard loops are not supported; use multi-instance."));
        }
        var loop = element.Element(Bpmn + "multiInstanceLoopCharacteristics");
        if (loop is null)
        {
            return null;
        }
        return new MultiInstanceSpec(
            string.Equals(Attr(loop, "isSequential"), "true", StringComparison.OrdinalIgnoreCase),
            loop.Element(Bpmn + "loopCardinality")?.Value.Trim(),
            Ext(loop, "collection"),
            Ext(loop, "elementVariable"),
            loop.Element(Bpmn + "completionCondition")?.Value.Trim());
    }

    private static VariableMapping Mapping(XElement parameter, string nodeId, ParseContext context)
    {
        var name = Attr(parameter, "name") ?? "";
        if (parameter.HasElements)
        {
            context.Errors.Add(new ModelError(nodeId, $"The mapping '{name}' uses a script, list or map; only text and ${{...}} values are supported."));
        }
        return new VariableMapping(name, parameter.HasElements ? null : parameter.Value.Trim());
    }
}
