using System.Xml;
using System.Xml.Linq;
using SafetyPortal.Workflows.Engine.Model;
using static SafetyPortal.Workflows.Engine.Parsing.BpmnNames;

namespace SafetyPortal.Workflows.Engine.Parsing;

/// <summary>
/// Reads BPMN 2.0 XML into a <see cref="ProcessModel"/>. Whatever it cannot run is reported by element id
/// (never skipped silently); diagram interchange, lanes and artifacts are ignored, as they do not change execution.
/// </summary>
public static class BpmnParser
{
    /// <summary>Elements that do not take part in execution.</summary>
    private static readonly HashSet<string> Ignored =
    [
        "documentation", "extensionElements", "laneSet", "lane", "dataObject", "dataObjectReference", "dataStoreReference",
        "textAnnotation", "association", "group", "ioSpecification", "property", "dataInputAssociation",
        "dataOutputAssociation", "incoming", "outgoing", "multiInstanceLoopCharacteristics", "potentialOwner",
        "humanPerformer", "performer", "script", "conditionExpression", "timerEventDefinition", "messageEventDefinition",
        "errorEventDefinition", "terminateEventDefinition", "dataInput", "dataOutput", "inputSet", "outputSet",
        "completionCondition", "loopCardinality", "resourceRole", "auditing", "monitoring", "category",
    ];

    private static readonly Dictionary<string, NodeKind> Kinds = new(StringComparer.Ordinal)
    {
        ["startEvent"] = NodeKind.StartEvent,
        ["endEvent"] = NodeKind.EndEvent,
        ["intermediateCatchEvent"] = NodeKind.IntermediateCatchEvent,
        ["intermediateThrowEvent"] = NodeKind.IntermediateThrowEvent,
        ["boundaryEvent"] = NodeKind.BoundaryEvent,
        ["task"] = NodeKind.Task,
        ["manualTask"] = NodeKind.Task,
        ["userTask"] = NodeKind.UserTask,
        ["serviceTask"] = NodeKind.ServiceTask,
        ["scriptTask"] = NodeKind.ScriptTask,
        ["sendTask"] = NodeKind.SendTask,
        ["receiveTask"] = NodeKind.ReceiveTask,
        ["exclusiveGateway"] = NodeKind.ExclusiveGateway,
        ["parallelGateway"] = NodeKind.ParallelGateway,
        ["inclusiveGateway"] = NodeKind.InclusiveGateway,
        ["subProcess"] = NodeKind.SubProcess,
        ["callActivity"] = NodeKind.CallActivity,
    };

    /// <summary>
    /// Parses the XML; throws <see cref="BpmnFormatException"/> when it is not a BPMN definitions document. The process
    /// run is the one marked isExecutable="true" (or the only one), or the one <paramref name="processId"/> names; the
    /// collaboration around it (participants, message flows, other pools) is ignored.
    /// </summary>
    public static ParsedDefinition Parse(string xml, string? processId = null)
    {
        var root = Load(xml);
        var errors = new List<ModelError>();
        var definitionsId = IdOf(root);
        var processes = root.Elements(Bpmn + "process").ToList();
        var executable = processes.Where(p => string.Equals(Attr(p, "isExecutable"), "true", StringComparison.OrdinalIgnoreCase)).ToList();
        var candidates = processId is not null ? processes.Where(p => Attr(p, "id") == processId).ToList()
            : executable.Count > 0 ? executable : processes;
        if (candidates.Count == 0)
        {
            errors.Add(new ModelError(definitionsId, processId is null ? "The file has no process."
                : $"The file has no process '{processId}' (it has {string.Join(", ", processes.Select(IdOf))})."));
            return new ParsedDefinition(null, errors);
        }
        if (candidates.Count > 1)
        {
            errors.Add(new ModelError(definitionsId,
                $"The file has {candidates.Count} processes ({string.Join(", ", candidates.Select(IdOf))}); mark exactly one isExecutable=\"true\"."));
            return new ParsedDefinition(null, errors);
        }
        var process = candidates[0];
        if (Attr(process, "id") is not { Length: > 0 } key)
        {
            errors.Add(new ModelError(definitionsId, "The process has no id."));
            return new ParsedDefinition(null, errors);
        }
        var model = new ProcessModel { Key = key, Name = Attr(process, "name") };
        var context = new ParseContext(model, errors, ReadNamed(root, "message"), ReadErrors(root));
        ReadScope(process, null, context);
        Link(model, errors);
        return new ParsedDefinition(model, errors);
    }

    private static XElement Load(string xml)
    {
        if (string.IsNullOrWhiteSpace(xml))
        {
            throw new BpmnFormatException("The body is empty; send the BPMN 2.0 XML of the process.");
        }
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new BpmnFormatException($"The body is not well-formed XML: {e.Message}", e);
        }
        var root = document.Root!;
        if (root.Name != Bpmn + "definitions")
        {
            throw new BpmnFormatException(
                $"The document is not BPMN 2.0: its root is <{root.Name.LocalName}> in '{root.Name.NamespaceName}', expected <definitions> in '{Bpmn.NamespaceName}'.");
        }
        return root;
    }

    private static Dictionary<string, string> ReadNamed(XElement root, string localName) =>
        root.Elements(Bpmn + localName).Where(e => Attr(e, "id") is not null)
            .ToDictionary(e => Attr(e, "id")!, e => Attr(e, "name") is { Length: > 0 } name ? name : Attr(e, "id")!, StringComparer.Ordinal);

    private static Dictionary<string, string> ReadErrors(XElement root) =>
        root.Elements(Bpmn + "error").Where(e => Attr(e, "id") is not null)
            .ToDictionary(e => Attr(e, "id")!, e => Attr(e, "errorCode") ?? Attr(e, "name") ?? Attr(e, "id")!, StringComparer.Ordinal);

    private static void ReadScope(XElement container, string? scopeId, ParseContext context)
    {
        foreach (var element in container.Elements())
        {
            var name = element.Name.LocalName;
            if (element.Name.Namespace != Bpmn || Ignored.Contains(name))
            {
                continue;
            }
            if (name == "sequenceFlow")
            {
                ReadFlow(element, context);
                continue;
            }
            if (!Kinds.TryGetValue(name, out var kind))
            {
                context.Errors.Add(new ModelError(IdOf(element), $"<{name}> is not supported by the workflow engine."));
                continue;
            }
            var node = NodeReader.Read(element, kind, scopeId, context);
            if (node is null)
            {
                continue;
            }
            if (!context.Model.Nodes.TryAdd(node.Id, node))
            {
                context.Errors.Add(new ModelError(node.Id, "Two elements have this id."));
                continue;
            }
            if (kind == NodeKind.SubProcess)
            {
                ReadScope(element, node.Id, context);
            }
        }
    }

    private static void ReadFlow(XElement element, ParseContext context)
    {
        var id = IdOf(element);
        var conditionElement = element.Element(Bpmn + "conditionExpression");
        string? condition = null;
        string? conditionText = null;
        if (conditionElement is not null && !string.IsNullOrWhiteSpace(conditionElement.Value))
        {
            conditionText = conditionElement.Value.Trim();
            var language = Attr(conditionElement, "language");
            if (language is not null && !ScriptLanguages.IsJavaScript(language))
            {
                context.Errors.Add(new ModelError(id, $"Conditions in '{language}' are not supported; write JavaScript, bare or as ${{...}}."));
            }
            condition = Expressions.ToScript(conditionText);
        }
        var flow = new SequenceFlow(id, Attr(element, "name"), Attr(element, "sourceRef") ?? "", Attr(element, "targetRef") ?? "", condition, conditionText);
        if (!context.Model.Flows.TryAdd(id, flow))
        {
            context.Errors.Add(new ModelError(id, "Two sequence flows have this id."));
        }
    }

    /// <summary>Fills incoming/outgoing lists and boundary attachments once every node is known.</summary>
    private static void Link(ProcessModel model, List<ModelError> errors)
    {
        foreach (var flow in model.Flows.Values)
        {
            if (model.Nodes.TryGetValue(flow.SourceId, out var source))
            {
                source.Outgoing.Add(flow.Id);
            }
            if (model.Nodes.TryGetValue(flow.TargetId, out var target))
            {
                target.Incoming.Add(flow.Id);
            }
        }
        foreach (var boundary in model.Nodes.Values.Where(n => n.Kind == NodeKind.BoundaryEvent))
        {
            if (boundary.AttachedToId is not null && model.Nodes.TryGetValue(boundary.AttachedToId, out var host))
            {
                host.Boundaries.Add(boundary.Id);
            }
            else
            {
                errors.Add(new ModelError(boundary.Id, $"The boundary event is attached to '{boundary.AttachedToId}', which is not an activity of the process."));
            }
        }
    }
}
