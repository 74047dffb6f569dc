using Microsoft.Extensions.Localization;

namespace SafetyPortal.Exams.Attempts;

/// <summary>An answer or event for an attempt that takes no more (submitted, or past its deadline): the API answers 409.</summary>
public sealed class AttemptClosedException(string message) : Exception(message)
{
    /// <summary>The refusal for an attempt in <paramref name="status"/> that no longer takes answers.</summary>
    public static AttemptClosedException For(AttemptStatus status, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new AttemptClosedException(status == AttemptStatus.Submitted ? text["AttemptSubmitted"] : text["AttemptPastDeadline"]);
    }
}
