namespace SafetyPortal.Learning.Application;

/// <summary>A course's tags by kind: risk category codes, GB/T 4754 industry codes, positions or role names.</summary>
public sealed record CourseTagsDto(IReadOnlyList<string> RiskCategories, IReadOnlyList<string> Industries, IReadOnlyList<string> Positions);
