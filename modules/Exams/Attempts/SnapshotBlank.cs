namespace SafetyPortal.Exams.Attempts;

/// <summary>A blank as the attempt asked it: the answers accepted then.</summary>
public sealed record SnapshotBlank(IReadOnlyList<string> AcceptedAnswers, bool CaseSensitive);
