using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.BackgroundJobs;

namespace SafetyPortal.Inspections.Cycles;

/// <summary>
/// Opens the "1+2+3" cycles, town by town: the current period of every tier the town has on, finishing any opening an
/// earlier run left half done. Daily rather than on the first of the month, so a town added mid-month, or a day the job
/// could not run, still gets its tasks.
/// </summary>
public sealed class OpenInspectionCyclesJob(IServiceProvider services) : EachTownJob<OpenInspectionCyclesJob>(services)
{
    public const string ScheduleName = "Inspections.OpenCycles";

    /// <summary>Every day at 00:30, China time.</summary>
    public const string Schedule = "0 30 0 * * ?";

    protected override async Task ExecuteInTownAsync(PortalJobContext context, CancellationToken cancellationToken)
    {
        var provider = context.Services;
        var today = CyclePeriod.ChinaDay(provider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var open = provider.GetRequiredService<OpenInspectionCycle>();
        foreach (var tier in Enum.GetValues<InspectionTier>())
        {
            await open.OpenAsync(tier, today, cancellationToken);
        }
    }
}
