using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Checks;

/// <summary>
/// One item's answer; Pending takes an answer back. Answering again replaces it, so a phone may resend safely. AnsweredTime
/// is when the phone recorded it (UTC): answers queued offline keep their own time; a time ahead of the server's is not taken.
/// </summary>
public sealed record ChecklistAnswerRequest(Guid? ItemId, ChecklistAnswer? Answer, string? Note = null, DateTime? AnsweredTime = null);
