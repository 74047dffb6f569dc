using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;

namespace SafetyPortal.Exams.Certificates;

/// <summary>Issues the certificate of a passed attempt right after its submit is committed (candidate, leave-page limit or deadline sweep).</summary>
public sealed class ExamCertificateHandler(ExamCertificates certificates) : IAttemptSubmittedHandler
{
    public Task HandleAsync(Attempt attempt, Exam exam, CancellationToken cancellationToken) => certificates.IssueAsync(attempt, exam, cancellationToken);
}
