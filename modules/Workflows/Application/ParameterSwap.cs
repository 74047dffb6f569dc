using System.Linq.Expressions;

namespace SafetyPortal.Workflows.Application;

/// <summary>Replaces one lambda parameter by another, to combine two predicates into one.</summary>
internal sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
