namespace SafetyPortal.Exams.Application;

/// <summary>A question's tags by kind: risk category codes, GB/T 4754 industry codes, positions or role names.</summary>
public sealed record QuestionTagsDto(IReadOnlyList<string>? RiskCategories = null, IReadOnlyList<string>? Industries = null,
    IReadOnlyList<string>? Positions = null);
