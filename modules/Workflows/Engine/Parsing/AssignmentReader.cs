using System.Xml.Linq;
using SafetyPortal.Workflows.Engine.Model;
using static SafetyPortal.Workflows.Engine.Parsing.BpmnNames;

namespace SafetyPortal.Workflows.Engine.Parsing;

/// <summary>A user task's assignment: camunda: attributes first, then BPMN's humanPerformer and potentialOwner.</summary>
internal static class AssignmentReader
{
    public static UserTaskSpec Read(XElement element)
    {
        var users = new List<string>();
        var groups = new List<string>();
        AddList(users, Ext(element, "candidateUsers"));
        AddList(groups, Ext(element, "candidateGroups"));
        var assignee = Ext(element, "assignee") ?? FormalExpression(element.Element(Bpmn + "humanPerformer"));
        foreach (var owner in element.Elements(Bpmn + "potentialOwner"))
        {
            ReadPotentialOwner(owner, users, groups);
        }
        return new UserTaskSpec(
            assignee,
            users.Count == 0 ? null : string.Join(',', users),
            groups.Count == 0 ? null : string.Join(',', groups),
            Ext(element, "dueDate"),
            Ext(element, "followUpDate"),
            Ext(element, "formKey"),
            Ext(element, "priority"),
            [.. ExtElements(element, "property").Where(p => Attr(p, "name") == "separateFrom").SelectMany(p => Split(Attr(p, "value") ?? ""))]);
    }

    /// <summary>Activiti's "user(kermit), group(management)"; a bare name is a group; a resourceRef names a group too.</summary>
    private static void ReadPotentialOwner(XElement owner, List<string> users, List<string> groups)
    {
        var expression = FormalExpression(owner);
        if (expression is null)
        {
            AddList(groups, owner.Element(Bpmn + "resourceRef")?.Value);
            return;
        }
        foreach (var part in Split(expression))
        {
            if (part.StartsWith("user(", StringComparison.Ordinal) && part.EndsWith(')'))
            {
                users.Add(part[5..^1].Trim());
            }
            else if (part.StartsWith("group(", StringComparison.Ordinal) && part.EndsWith(')'))
            {
                groups.Add(part[6..^1].Trim());
            }
            else
            {
                groups.Add(part);
            }
        }
    }

    private static string? FormalExpression(XElement? performer)
    {
        var text = performer?.Element(Bpmn + "resourceAssignmentExpression")?.Element(Bpmn + "formalExpression")?.Value.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static void AddList(List<string> list, string? text) => list.AddRange(Split(text));

    /// <summary>Splits on commas outside ${...}, so an expression with a comma stays whole.</summary>
    internal static IEnumerable<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '{' or '(' => 1, '}' or ')' => -1, _ => 0 };
            if (text[i] == ',' && depth == 0)
            {
                if (text[start..i].Trim() is { Length: > 0 } part)
                {
                    yield return part;
                }
                start = i + 1;
            }
        }
        if (text[start..].Trim() is { Length: > 0 } last)
        {
            yield return last;
        }
    }
}
