namespace SafetyPortal.Exams.Application;

/// <summary>A blank of a fill-in-the-blank question: the answers accepted for it, in plain text.</summary>
public sealed record SaveBlankRequest(IReadOnlyList<string>? AcceptedAnswers, bool CaseSensitive = false);
