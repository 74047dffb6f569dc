using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Exams.Practice;

/// <summary>
/// This node's share of recording exam mistakes (<see cref="ExamMistakes"/>): every town's submitted attempts, in
/// batches, as the bureau. Submits of a whole exam room arrive together; recording their book rows here, a moment
/// later and many attempts per transaction, keeps that work out of each candidate's submit. Polls when idle.
/// </summary>
internal sealed partial class MistakeBookWorker(IServiceScopeFactory scopes, ICurrentTenant tenant, IOptions<MistakeBookOptions> options,
    ILogger<MistakeBookWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WorkerEnabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using (tenant.Change(null))
                await using (var scope = scopes.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<ExamMistakes>().RecordPendingAsync(null, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogRoundFailed(logger, e);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recording exam mistakes failed; the attempts stay pending and are recorded in the next round.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
