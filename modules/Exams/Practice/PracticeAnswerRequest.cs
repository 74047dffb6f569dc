namespace SafetyPortal.Exams.Practice;

/// <summary>One practice answer: option letters ("A", "C") for choice questions, one text per blank for fill-in.</summary>
public sealed record PracticeAnswerRequest(IReadOnlyList<string>? Answer);
