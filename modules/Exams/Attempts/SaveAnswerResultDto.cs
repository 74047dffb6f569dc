namespace SafetyPortal.Exams.Attempts;

/// <summary>The answer now stored for the question and its sequence (the stored one when the request was a repeat or older).</summary>
public sealed record SaveAnswerResultDto(int No, long Sequence, IReadOnlyList<string> Answer, DateTime ServerTime, DateTime Deadline);
