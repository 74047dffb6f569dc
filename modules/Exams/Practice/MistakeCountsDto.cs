namespace SafetyPortal.Exams.Practice;

/// <summary>The size of the mistake book: all entries shown, those still open, those mastered.</summary>
public sealed record MistakeCountsDto(int Total, int Open, int Mastered);
