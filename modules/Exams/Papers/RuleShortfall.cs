namespace SafetyPortal.Exams.Papers;

/// <summary>A rule the bank cannot satisfy: it needs <see cref="Needed"/> distinct questions, <see cref="Available"/> are left for it.</summary>
public sealed record RuleShortfall(int RuleIndex, int Needed, int Available);
