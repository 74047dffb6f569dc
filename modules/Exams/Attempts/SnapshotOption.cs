namespace SafetyPortal.Exams.Attempts;

/// <summary>An option as the attempt showed it.</summary>
public sealed record SnapshotOption(string Text, bool IsCorrect, decimal Fraction);
