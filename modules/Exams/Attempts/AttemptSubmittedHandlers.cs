using SafetyPortal.Exams.Examination;

namespace SafetyPortal.Exams.Attempts;

/// <summary>Runs every <see cref="IAttemptSubmittedHandler"/> for an attempt that this request or job submitted.</summary>
public sealed class AttemptSubmittedHandlers(IEnumerable<IAttemptSubmittedHandler> handlers)
{
    public async Task RunAsync(Attempt attempt, Exam exam, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(attempt, exam, cancellationToken);
        }
    }
}
