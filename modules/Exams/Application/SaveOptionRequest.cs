namespace SafetyPortal.Exams.Application;

/// <summary>An option of a choice or true/false question; Text and Feedback are HTML.</summary>
public sealed record SaveOptionRequest(string? Text, bool IsCorrect, decimal? Fraction = null, string? Feedback = null);
