using Acornima;
using Acornima.Ast;

namespace SafetyPortal.Workflows.Engine.Scripting;

/// <summary>
/// Whether a script is one expression that can change nothing: literals, variables, property reads and operators
/// (<c>level == 'Major' ? 'P30D' : 'P7D'</c>, <c>score &gt;= 60 &amp;&amp; passed</c>). It calls no function, assigns,
/// deletes or declares nothing and makes no function, so running it leaves the engine as it found it: such a script may run
/// on an engine kept for the next one (<see cref="ExpressionEngine"/>). Anything else gets a fresh engine.
/// </summary>
internal static class PureExpressions
{
    private static readonly HashSet<NodeType> Allowed =
    [
        NodeType.Program, NodeType.ExpressionStatement, NodeType.Literal, NodeType.Identifier, NodeType.BinaryExpression,
        NodeType.LogicalExpression, NodeType.ConditionalExpression, NodeType.UnaryExpression, NodeType.MemberExpression,
        NodeType.ChainExpression, NodeType.ParenthesizedExpression, NodeType.TemplateLiteral, NodeType.TemplateElement,
        NodeType.ArrayExpression, NodeType.ObjectExpression, NodeType.Property, NodeType.SequenceExpression,
    ];

    public static bool IsPure(Script script) =>
        script.Body is [ExpressionStatement] && IsPure((Node)script);

    private static bool IsPure(Node node)
    {
        if (!Allowed.Contains(node.Type)
            || node is UnaryExpression { Operator: Operator.Delete }
            || node is ObjectProperty { Kind: not PropertyKind.Init } or ObjectProperty { Method: true })
        {
            return false;
        }
        foreach (var child in node.ChildNodes)
        {
            if (!IsPure(child))
            {
                return false;
            }
        }
        return true;
    }
}
