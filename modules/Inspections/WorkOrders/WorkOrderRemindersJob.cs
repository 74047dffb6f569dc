using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.BackgroundJobs;

namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>Reminds enterprises of unanswered work orders and escalates repeated misses to the town, town by town.</summary>
public sealed class WorkOrderRemindersJob(IServiceProvider services) : EachTownJob<WorkOrderRemindersJob>(services)
{
    public const string ScheduleName = "Inspections.RemindWorkOrders";

    /// <summary>Every day at 16:00, China time: the afternoon leaves time to answer today's work order.</summary>
    public const string Schedule = "0 0 16 * * ?";

    protected override Task ExecuteInTownAsync(PortalJobContext context, CancellationToken cancellationToken) =>
        context.Services.GetRequiredService<RemindWorkOrders>().RemindAsync(cancellationToken);
}
