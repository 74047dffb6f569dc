using Quartz;

namespace SafetyPortal.Platform.BackgroundJobs;

/// <summary>What a run of a <see cref="PortalJob"/> is given.</summary>
/// <param name="Services">A DI scope opened inside the town; resolve PortalDbContext and the like from here.</param>
/// <param name="TenantId">The town the job runs for; null for the bureau.</param>
/// <param name="Data">The string data the job was enqueued or scheduled with.</param>
/// <param name="Attempt">1 on the first try, 2 on the first retry, and so on.</param>
/// <param name="Firing">Quartz's own view of the firing, for what the above does not cover.</param>
public sealed record PortalJobContext(
    IServiceProvider Services,
    Guid? TenantId,
    IReadOnlyDictionary<string, string> Data,
    int Attempt,
    IJobExecutionContext Firing);
