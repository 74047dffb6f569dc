using SafetyPortal.Workflows.Engine.Model;

namespace SafetyPortal.Workflows.Engine.Parsing;

/// <summary>What the parser made of a file: the process (null when none could be chosen) and what it could not read.</summary>
public sealed record ParsedDefinition(ProcessModel? Model, IReadOnlyList<ModelError> Errors);
