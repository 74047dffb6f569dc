namespace SafetyPortal.Exams.Attempts;

/// <summary>An answer or event for an attempt that takes no more (submitted, or past its deadline): the API answers 409.</summary>
public sealed class AttemptClosedException(string message) : Exception(message);
