using System.Xml.Linq;

namespace SafetyPortal.Workflows.Engine.Parsing;

/// <summary>The XML namespaces the parser reads: BPMN 2.0 itself and the extension attributes of the Camunda family.</summary>
internal static class BpmnNames
{
    public static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";

    /// <summary>Camunda 7, and Activiti/Flowable whose attribute names Camunda kept.</summary>
    public static readonly HashSet<string> Camunda =
    [
        "http://camunda.org/schema/1.0/bpmn",
        "http://activiti.org/bpmn",
        "http://flowable.org/bpmn",
    ];

    /// <summary>An extension attribute by local name in any of the Camunda-family namespaces.</summary>
    public static string? Ext(XElement element, string localName) =>
        element.Attributes().FirstOrDefault(a => a.Name.LocalName == localName && Camunda.Contains(a.Name.NamespaceName))?.Value;

    /// <summary>Extension elements (under extensionElements, at any depth) in the Camunda family with this local name.</summary>
    public static IEnumerable<XElement> ExtElements(XElement element, string localName) =>
        element.Elements(Bpmn + "extensionElements").Descendants()
            .Where(e => e.Name.LocalName == localName && Camunda.Contains(e.Name.NamespaceName));

    public static string? Attr(XElement element, string name) => element.Attribute(name)?.Value;

    public static string IdOf(XElement element) => element.Attribute("id")?.Value ?? $"<{element.Name.LocalName}>";
}
