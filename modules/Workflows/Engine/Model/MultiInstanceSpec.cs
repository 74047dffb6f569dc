namespace SafetyPortal.Workflows.Engine.Model;

/// <summary>multiInstanceLoopCharacteristics: a count (loopCardinality) or a collection variable to run over.</summary>
public sealed record MultiInstanceSpec(
    bool IsSequential,
    string? LoopCardinality,
    string? Collection,
    string? ElementVariable,
    string? CompletionCondition);
