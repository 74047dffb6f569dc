namespace SafetyPortal.Platform.Exams;

/// <summary>
/// One enterprise's exams in a period, counted per candidate and exam: <paramref name="Candidates"/> with a submitted
/// attempt, <paramref name="Passed"/> of them with a passed one, <paramref name="PassedFirstAttempt"/> passed at their first.
/// </summary>
public sealed record EnterpriseExamFigures(Guid EnterpriseId, int Candidates, int Passed, int PassedFirstAttempt);
