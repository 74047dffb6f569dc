namespace SafetyPortal.Exams.Attempts;

/// <summary>An answer as the page sends it: option letters or blank texts, with the page's increasing sequence number.</summary>
public sealed record SaveAnswerRequest(IReadOnlyList<string>? Answer, long Sequence);
