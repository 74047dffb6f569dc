using SafetyPortal.Platform.BackgroundJobs;

namespace SafetyPortal.Notifications.Tests;

/// <summary>Keeps what was enqueued instead of scheduling it.</summary>
internal sealed class CapturingJobManager : IBackgroundJobManager
{
    public List<(Type Job, Guid? TenantId, IReadOnlyDictionary<string, string> Data)> Enqueued { get; } = [];

    public Task<string> EnqueueAsync<TJob>(Guid? tenantId, IReadOnlyDictionary<string, string>? data = null, TimeSpan? delay = null,
        CancellationToken cancellationToken = default) where TJob : PortalJob
    {
        Enqueued.Add((typeof(TJob), tenantId, data ?? new Dictionary<string, string>()));
        return Task.FromResult(Guid.NewGuid().ToString("N"));
    }

    public Task ScheduleRecurringAsync<TJob>(string scheduleName, string cronExpression, Guid? tenantId = null,
        IReadOnlyDictionary<string, string>? data = null, CancellationToken cancellationToken = default) where TJob : PortalJob =>
        throw new NotSupportedException();

    public Task<bool> TriggerNowAsync(string group, string name, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
