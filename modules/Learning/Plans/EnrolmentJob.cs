using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.BackgroundJobs;

namespace SafetyPortal.Learning.Plans;

/// <summary>
/// Enrols training plans' audiences. Run for the bureau (the recurring schedule) it queues one run per active town; in a
/// town it evaluates every open published plan (new hires, changes of post) and refreshes progress, or only the plan
/// named in its data (publishing a bureau plan).
/// </summary>
public sealed class EnrolmentJob(IServiceProvider services) : EachTownJob<EnrolmentJob>(services)
{
    public const string PlanIdKey = "PlanId";
    public const string ScheduleName = "Learning.EnrolStaff";

    /// <summary>Every hour at minute 20 (China time): new hires are enrolled within the hour.</summary>
    public const string Schedule = "0 20 * * * ?";

    protected override async Task ExecuteInTownAsync(PortalJobContext context, CancellationToken cancellationToken)
    {
        var provider = context.Services;
        var enrol = provider.GetRequiredService<EnrolAudience>();
        if (context.Data.TryGetValue(PlanIdKey, out var text) && Guid.TryParse(text, out var planId))
        {
            var plan = await provider.GetRequiredService<PlanAccess>().TownPlans()
                .Include(p => p.Courses).FirstOrDefaultAsync(p => p.Id == planId && p.Status == TrainingPlanStatus.Published, cancellationToken);
            if (plan is not null)
            {
                await enrol.EnrolPlanAsync(plan, cancellationToken);
            }
            return;
        }
        await enrol.EnrolTownAsync(cancellationToken);
    }
}
