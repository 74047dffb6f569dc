using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SafetyPortal.Platform.BackgroundJobs;

namespace SafetyPortal.Exams.Attempts;

/// <summary>Every minute, for the bureau (all towns): submits and grades attempts left open past their deadline, browser or not.</summary>
[DisallowConcurrentExecution]
public sealed class AttemptSweepJob(IServiceProvider services) : PortalJob(services)
{
    public const string ScheduleName = "Exams.AttemptSweep";
    public const string Schedule = "0 * * * * ?";

    protected override async Task ExecuteInTenantAsync(PortalJobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Firing.Result = await context.Services.GetRequiredService<AttemptSweep>().SweepAsync(cancellationToken);
    }
}
