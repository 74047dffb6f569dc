using Microsoft.Extensions.Logging;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;

namespace SafetyPortal.Exams.Certificates;

/// <summary>
/// Issues the certificate of a passed attempt right after its submit is committed (candidate, leave-page limit or deadline
/// sweep). A failure here must not turn a committed submit into an error for the candidate, nor stop the sweep's batch: it
/// is logged, and the certificate is issued later by the healing reads (<see cref="ExamCertificates"/>).
/// </summary>
public sealed partial class ExamCertificateHandler(ExamCertificates certificates, ILogger<ExamCertificateHandler> logger) : IAttemptSubmittedHandler
{
    public async Task HandleAsync(Attempt attempt, Exam exam, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        try
        {
            await certificates.IssueAsync(attempt, exam, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotIssued(logger, ex, attempt.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The certificate of passed attempt {AttemptId} was not issued now; reading the holder's certificates or the exam's list issues it.")]
    private static partial void LogNotIssued(ILogger logger, Exception exception, Guid attemptId);
}
