namespace SafetyPortal.Exams.Papers;

/// <summary>The questions drawn per rule (in the rules' order) and the rules that could not be satisfied.</summary>
public sealed record RuleDrawResult(IReadOnlyList<List<Guid>> Drawn, IReadOnlyList<RuleShortfall> Shortfalls)
{
    public bool Satisfied => Shortfalls.Count == 0;
}
