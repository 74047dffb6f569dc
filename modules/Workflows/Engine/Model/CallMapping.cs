namespace SafetyPortal.Workflows.Engine.Model;

/// <summary>
/// One camunda:in or camunda:out of a call activity: a variable (Source) or an expression (SourceExpression) copied
/// to Target, or every variable (All, variables="all").
/// </summary>
public sealed record CallMapping(string? Source, string? SourceExpression, string? Target, bool All)
{
    /// <summary>The name the value lands under: the target, else the source's own name.</summary>
    public string? TargetName => string.IsNullOrWhiteSpace(Target) ? Source : Target;
}
