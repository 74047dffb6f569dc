using SafetyPortal.Exams.Examination;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// Told of every attempt just submitted and graded (by its candidate, by the leave-page limit or by the deadline
/// sweep), after the submit is committed. A handler saves its own changes and must be idempotent: a crash between the
/// submit and the handler is healed by running it again for the same attempt. The attempt comes with its graded
/// questions (tracked or not, depending on the path); the handler must not change it. Rows the handler adds take the attempt's TenantId (the sweep runs across
/// towns).
/// </summary>
public interface IAttemptSubmittedHandler
{
    Task HandleAsync(Attempt attempt, Exam exam, CancellationToken cancellationToken);
}
