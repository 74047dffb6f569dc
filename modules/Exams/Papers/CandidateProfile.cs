namespace SafetyPortal.Exams.Papers;

/// <summary>What a personalised rule draws for: the risk category codes of the candidate's enterprise register and the candidate's position.</summary>
public sealed record CandidateProfile(IReadOnlyCollection<string> RiskCategoryCodes, string? Position);
