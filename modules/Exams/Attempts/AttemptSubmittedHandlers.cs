using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// Runs every <see cref="IAttemptSubmittedHandler"/> for an attempt that this request or job submitted. The submit is
/// already committed, so a handler that fails is logged and its unsaved rows are let go: the candidate still gets the
/// answer, the sweep goes on with its batch, and the handler is healed by running again (each is idempotent).
/// </summary>
public sealed partial class AttemptSubmittedHandlers(IEnumerable<IAttemptSubmittedHandler> handlers, PortalDbContext db,
    ILogger<AttemptSubmittedHandlers> logger)
{
    public async Task RunAsync(Attempt attempt, Exam exam, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        foreach (var handler in handlers)
        {
            try
            {
                await handler.HandleAsync(attempt, exam, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogHandlerFailed(logger, ex, handler.GetType().Name, attempt.Id);
                foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Handler} failed for the submitted attempt {AttemptId}; it runs again when healed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string handler, Guid attemptId);
}
