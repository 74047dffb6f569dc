namespace SafetyPortal.Exams.Papers;

/// <summary>
/// One rule checked against the bank: the live questions matching it (<see cref="Matching"/>) and whether, with the other
/// rules taking theirs first where pools overlap, <see cref="Needed"/> distinct ones are left for it.
/// </summary>
public sealed record RuleCheckDto(int RuleIndex, int Needed, int Matching, int Available, bool Satisfied);
